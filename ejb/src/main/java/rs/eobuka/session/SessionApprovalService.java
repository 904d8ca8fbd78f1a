package rs.eobuka.session;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.booking.BookingRequest;
import rs.eobuka.booking.BookingService;
import rs.eobuka.booking.HolderKind;
import rs.eobuka.booking.Venue;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguService;
import rs.eobuka.session.process.SessionApprovalVariables;

/**
 * A session's way into the catalogue (the {@code session-approval} process): proposed by one
 * organizer, reviewed by another, published or returned for revision; and its cancellation.
 * A session that names trainers or a venue from the booking calendar holds them from its
 * proposal on, in the proposal's transaction: a revision moves the bookings, a cancellation
 * frees them, and a clash refuses the whole proposal.
 */
@Stateless
public class SessionApprovalService {

    /** Another organizer should review a proposal within two working days. */
    static final int REVIEW_WORKING_DAYS = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingService trainings;

    @Inject
    LsguService lsgus;

    @Inject
    AccountLookupService accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    BookingService bookings;

    public TrainingSession propose(@NotNull @Valid SessionPlan plan, String organizer) {
        TrainingSession session = new TrainingSession(trainings.get(plan.trainingId()), organizer, Instant.now());
        session.plan(plan, checked(plan));
        em.persist(session);
        em.flush();
        book(session, plan, organizer);
        session.attachProcess(runtime.startProcessInstanceByKey(SessionApprovalVariables.PROCESS_KEY, session.getId().toString(),
                Variables.createVariables()
                        .putValue(SessionApprovalVariables.SESSION_ID, session.getId())
                        .putValue(SessionApprovalVariables.PROPOSER, organizer)
                        .putValue(SessionApprovalVariables.REVIEW_DUE_DATE, SerbianTime.workingDaysAfter(Instant.now(), REVIEW_WORKING_DAYS))
                        .putValue(SessionApprovalVariables.SESSION_END, SerbianTime.date(session.getEndsAt()))).getId());
        return session;
    }

    /** The session behind a review or revision task, for the task's form. */
    public TrainingSession forTask(String taskId, String organizer) {
        Task task = openTask(taskId, organizer);
        return sessionOf(task);
    }

    /** The reviewer's decision; a return needs a comment. The proposer may not review their own proposal. */
    public void review(String taskId, String reviewer, boolean approved, String comment) {
        Task task = openTask(taskId, reviewer);
        if (!SessionApprovalVariables.TASK_REVIEW.equals(task.getTaskDefinitionKey())) {
            throw new NotFoundException("task.notFound");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approved && text == null) {
            throw new RuleViolationException("comment", "session.review.commentRequired");
        }
        sessionOf(task).recordReview(reviewer, text);
        tasks.complete(taskId, Variables.createVariables().putValue(SessionApprovalVariables.APPROVED, approved));
    }

    /** The proposer revises a returned session and sends it for review again. */
    public void revise(String taskId, String proposer, @NotNull @Valid SessionPlan plan) {
        Task task = openTask(taskId, proposer);
        if (!SessionApprovalVariables.TASK_REVISE.equals(task.getTaskDefinitionKey())) {
            throw new NotFoundException("task.notFound");
        }
        TrainingSession session = sessionOf(task);
        if (!session.getProposedBy().equals(proposer)) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        session.plan(plan, checked(plan));
        book(session, plan, proposer);
        session.resubmit();
        runtime.setVariable(task.getExecutionId(), SessionApprovalVariables.SESSION_END, SerbianTime.date(session.getEndsAt()));
        tasks.complete(taskId);
    }

    /** Called by the process after approval. */
    public void publish(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        session.publish(Instant.now());
        tell(session.getProposedBy(), "sessionPublished", session);
    }

    /** Called by the process after a return. */
    public void returnToProposer(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        session.returnToProposer();
        tell(session.getProposedBy(), "sessionReturned", session, session.getReviewComment());
    }

    /** Cancels a published session; the process then cancels its registrations and tells every registrant. */
    public void cancel(long sessionId, String organizer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "session.cancel.reasonRequired");
        }
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("session.notFound");
        }
        if (session.getProcessInstanceId() == null) {
            // published by workshop scheduling, not by session approval: withdrawing the workshop
            // cancels it, telling its registrants and freeing what the workshop booked
            throw new ConflictException("reason", "session.cancel.workshop");
        }
        session.cancel(reason.strip(), organizer, Instant.now());
        bookings.release(HolderKind.SESSION, session.getId());
        runtime.createMessageCorrelation(SessionApprovalVariables.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(session.getId().toString())
                .correlate();
    }

    /** Holds the plan's trainers and venue for the session, in place of what it held before. */
    private void book(TrainingSession session, SessionPlan plan, String organizer) {
        if (!plan.booksResources()) {
            bookings.release(HolderKind.SESSION, session.getId());
            return;
        }
        bookings.book(new BookingRequest(HolderKind.SESSION, session.getId(), session.calendarLabel(), plan.startsAt(), plan.endsAt(),
                plan.trainerIds(), plan.venueId(), plan.lsguCode(), session.mainTopic()), organizer);
    }

    private LocalSelfGovernmentUnit checked(SessionPlan plan) {
        LocalSelfGovernmentUnit lsgu = lsgus.findByCode(plan.lsguCode())
                .orElseThrow(() -> new RuleViolationException("lsguCode", "eobuka.lsgu.invalid"));
        if (!plan.startsAt().isAfter(SerbianTime.now())) {
            throw new RuleViolationException("start", "session.start.past");
        }
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            throw new RuleViolationException("end", "session.end.beforeStart");
        }
        if (plan.registrationDeadline().isAfter(plan.startsAt())) {
            throw new RuleViolationException("registrationDeadline", "session.deadline.afterStart");
        }
        if (plan.lsguQuota() != null && plan.lsguQuota() > plan.capacity()) {
            throw new RuleViolationException("lsguQuota", "session.quota.aboveCapacity");
        }
        if (plan.venueId() != null) {
            Venue venue = em.find(Venue.class, plan.venueId());
            if (venue == null || !venue.isActive()) {
                throw new RuleViolationException("venueId", "booking.venueNotFound");
            }
            if (!venue.getLsgu().getCode().equals(lsgu.getCode())) {
                throw new RuleViolationException("venueId", "session.venue.otherLsgu");
            }
        }
        return lsgu;
    }

    private Task openTask(String taskId, String organizer) {
        if (taskId == null || taskId.isBlank()) {
            throw new NotFoundException("task.notFound");
        }
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(SessionApprovalVariables.PROCESS_KEY).singleResult();
        if (task == null) {
            throw new NotFoundException("task.notFound");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(organizer)) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        return task;
    }

    private TrainingSession sessionOf(Task task) {
        List<TrainingSession> found = em.createQuery("select s from TrainingSession s where s.processInstanceId = :instance", TrainingSession.class)
                .setParameter("instance", task.getProcessInstanceId()).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("task.notFound");
        }
        return found.get(0);
    }

    private void tell(String username, String template, TrainingSession session, Object... more) {
        accounts.findByUsername(username).ifPresent((Account account) -> {
            Object[] arguments = new Object[3 + more.length];
            arguments[0] = account.getFullName();
            arguments[1] = session.getTraining().title(account.preferredLanguage());
            arguments[2] = SessionTexts.when(session, account.preferredLanguage()) + ", " + SessionTexts.where(session, account.preferredLanguage());
            System.arraycopy(more, 0, arguments, 3, more.length);
            outbox.enqueue(account.getEmail(), account.preferredLanguage(), template, arguments);
        });
    }
}
