package rs.eobuka.workshop;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.booking.BookingRequest;
import rs.eobuka.booking.BookingService;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.booking.HolderKind;
import rs.eobuka.caravan.CaravanStop;
import rs.eobuka.caravan.CaravanStops;
import rs.eobuka.platform.engine.NativeLookup;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.task.TaskPriority;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LsguService;
import rs.eobuka.workshop.process.WorkshopVariables;

/**
 * A workshop request's way through the {@code workshop-scheduling} process: submission, the
 * organizers' triage and proposal, the requester's answer, the checklist, the report, and
 * withdrawal by either side. The only caller of the engine for workshops; each decision changes
 * the request and completes its task in one transaction, so a refused decision (a booking
 * conflict) leaves the task open and nothing changed.
 */
@Stateless
public class WorkshopRequestService {

    /** Organizers should triage within three working days. */
    static final int TRIAGE_WORKING_DAYS = 3;
    /** The requester has five days to answer a proposal, and is reminded two days before that. */
    static final Duration ANSWER_WITHIN = Duration.ofDays(5);
    static final Duration REMIND_BEFORE_DUE = Duration.ofDays(2);
    /** The checklist should be complete two days before the event. */
    static final Duration CHECKLIST_BEFORE = Duration.ofDays(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    LsguService lsgus;

    @Inject
    BookingService bookings;

    @Inject
    WorkshopAttendance attendance;

    @Inject
    WorkshopNotices notices;

    @Inject
    Instance<CaravanStops> caravan;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    public WorkshopRequest submit(@NotNull @Valid WorkshopRequestDetails details, String requester) {
        WorkshopRequest.TOPICS.stream().filter(details.topic()::equals).findAny()
                .orElseThrow(() -> new RuleViolationException("topic", "workshop.topic.invalid"));
        lsgus.findByCode(details.lsguCode().strip()).orElseThrow(() -> new RuleViolationException("lsguCode", "eobuka.lsgu.invalid"));
        checkWindows("preferredWindows", details.preferredWindows());
        Instant now = Instant.now();
        WorkshopRequest request = new WorkshopRequest(requester, details, now);
        em.persist(request);
        em.flush();
        request.attachProcess(runtime.startProcessInstanceByKey(WorkshopVariables.PROCESS_KEY, request.getId().toString(),
                Variables.createVariables()
                        .putValue(WorkshopVariables.REQUEST_ID, request.getId())
                        .putValue(WorkshopVariables.REQUESTER, requester)
                        .putValue(WorkshopVariables.TRIAGE_DUE_DATE, SerbianTime.workingDaysAfter(now, TRIAGE_WORKING_DAYS))).getId());
        return request;
    }

    /** The request behind one of its tasks, for the task's form; the caller must be allowed the task. */
    public WorkshopRequest forTask(String taskId, String username) {
        return requestOf(openTask(taskId, username, null));
    }

    /** Accept, or attach to a planned caravan event in the request's LSGU (which then goes on as accepted). */
    public WorkshopRequest accept(String taskId, String organizer, Long caravanEventId) {
        Task task = openTask(taskId, organizer, WorkshopVariables.TASK_TRIAGE);
        WorkshopRequest request = lockedRequestOf(task);
        if (caravanEventId != null) {
            CaravanStop stop = plannedStop(caravanEventId);
            if (!stop.lsguCode().equals(request.getLsguCode())) {
                throw new RuleViolationException("caravanEventId", "workshop.caravan.otherLsgu");
            }
        }
        request.accept(caravanEventId, Instant.now());
        tasks.complete(taskId, Variables.createVariables().putValue(WorkshopVariables.ACCEPTED, true));
        return request;
    }

    public WorkshopRequest decline(String taskId, String organizer, String reason) {
        String text = required("reason", reason, "workshop.reason.required");
        Task task = openTask(taskId, organizer, WorkshopVariables.TASK_TRIAGE);
        WorkshopRequest request = lockedRequestOf(task);
        request.decline(text, Instant.now());
        tasks.complete(taskId, Variables.createVariables().putValue(WorkshopVariables.ACCEPTED, false));
        return request;
    }

    /**
     * Books the trainers and the venue for the request and sends the proposal to the requester.
     * A booking conflict is a {@code BookingConflictException} (409): the transaction rolls back
     * and the task stays open.
     */
    public WorkshopRequest propose(String taskId, String organizer, SlotProposal proposal) {
        if (proposal.start() == null) {
            throw new RuleViolationException("start", "workshop.start.required");
        }
        if (proposal.end() == null) {
            throw new RuleViolationException("end", "workshop.end.required");
        }
        if (!proposal.start().isAfter(SerbianTime.now())) {
            throw new RuleViolationException("start", "workshop.start.past");
        }
        if (!proposal.end().isAfter(proposal.start())) {
            throw new RuleViolationException("end", "booking.endBeforeStart");
        }
        if (proposal.trainerIds().isEmpty()) {
            throw new RuleViolationException("trainerIds", "workshop.trainers.required");
        }
        Task task = openTask(taskId, organizer, WorkshopVariables.TASK_PROPOSE);
        WorkshopRequest request = lockedRequestOf(task);
        if (proposal.venueId() == null && request.getVenueOffer() == null) {
            throw new RuleViolationException("venueId", "workshop.venue.required");
        }
        bookings.book(new BookingRequest(HolderKind.WORKSHOP, request.getId(), request.bookingLabel(), proposal.start(),
                proposal.end(), proposal.trainerIds(), proposal.venueId(), request.getLsguCode(), request.getTopic()), organizer);
        Instant now = Instant.now();
        request.propose(proposal.start(), proposal.end(), proposal.trainerIds(), proposal.venueId(), organizer, now);
        Instant due = now.plus(ANSWER_WITHIN);
        tasks.complete(taskId, Variables.createVariables()
                .putValue(WorkshopVariables.ANSWER_DUE_DATE, Date.from(due))
                .putValue(WorkshopVariables.ANSWER_REMINDER_DATE, Date.from(due.minus(REMIND_BEFORE_DUE))));
        return request;
    }

    /** The requester accepts the proposal; the process publishes the session and sends the invitations. */
    public WorkshopRequest acceptProposal(String taskId, String requester) {
        Task task = openTask(taskId, requester, WorkshopVariables.TASK_ANSWER);
        WorkshopRequest request = lockedRequestOf(task);
        if (!request.getProposedStart().isAfter(SerbianTime.now())) {
            throw new ConflictException("decision", "workshop.proposal.past");
        }
        request.acceptProposal(Instant.now());
        tasks.complete(taskId, Variables.createVariables()
                .putValue(WorkshopVariables.ANSWER_ACCEPTED, true)
                .putValue(WorkshopVariables.CHECKLIST_DUE_DATE,
                        Date.from(SerbianTime.instant(request.getProposedStart()).minus(CHECKLIST_BEFORE)))
                .putValue(WorkshopVariables.EVENT_END, SerbianTime.date(request.getProposedEnd())));
        return request;
    }

    /** The requester asks for other dates: new windows and a comment; the organizer proposes again. */
    public WorkshopRequest counterPropose(String taskId, String requester, List<DateWindow> windows, String comment) {
        checkWindows("preferredWindows", windows);
        String text = required("comment", comment, "workshop.comment.required");
        Task task = openTask(taskId, requester, WorkshopVariables.TASK_ANSWER);
        WorkshopRequest request = lockedRequestOf(task);
        request.counterPropose(windows, text, Instant.now());
        tasks.complete(taskId, Variables.createVariables().putValue(WorkshopVariables.ANSWER_ACCEPTED, false));
        return request;
    }

    /** Ticks the listed items (with who and when) and unticks the others; the task stays open. */
    public WorkshopRequest saveChecklist(String taskId, String organizer, Set<ChecklistItem> ticked) {
        WorkshopRequest request = lockedRequestOf(openTask(taskId, organizer, WorkshopVariables.TASK_CHECKLIST));
        Instant now = Instant.now();
        for (ChecklistItem item : ChecklistItem.values()) {
            if (ticked.contains(item)) {
                request.tick(item, organizer, now);
            } else {
                request.untick(item, now);
            }
        }
        return request;
    }

    /** Ticks the listed items and completes the checklist, which needs every item ticked. */
    public WorkshopRequest completeChecklist(String taskId, String organizer, Set<ChecklistItem> alsoTicked) {
        WorkshopRequest request = lockedRequestOf(openTask(taskId, organizer, WorkshopVariables.TASK_CHECKLIST));
        Instant now = Instant.now();
        alsoTicked.forEach(item -> request.tick(item, organizer, now));
        if (!request.isChecklistComplete()) {
            throw new RuleViolationException("items", "workshop.checklist.incomplete");
        }
        tasks.complete(taskId);
        return request;
    }

    /** The event report: participants present from attendance, citizens helped from the caravan's tally. */
    public WorkshopRequest fileReport(String taskId, String organizer, @NotNull @Valid WorkshopReport report) {
        WorkshopRequest request = lockedRequestOf(openTask(taskId, organizer, WorkshopVariables.TASK_REPORT));
        Long citizens = request.getCaravanEventId() == null || !caravan.isResolvable() ? null
                : caravan.get().citizensHelped(request.getCaravanEventId());
        int present = request.getSessionId() == null ? 0 : attendance.present(request.getSessionId());
        request.fileReport(present, citizens, report.issues(), report.nextRequests(), organizer, Instant.now());
        tasks.complete(taskId);
        return request;
    }

    /**
     * Withdrawal with a reason by the requester or an organizer, at any point before the
     * workshop is held; the process releases the bookings and tells everyone concerned.
     */
    public WorkshopRequest withdraw(long id, String username, boolean organizer, String reason) {
        String text = required("reason", reason, "workshop.reason.required");
        WorkshopRequest request = em.find(WorkshopRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException("workshop.notFound");
        }
        if (!organizer && !request.isRequestedBy(username)) {
            // someone else's request does not exist for the caller, as an unknown id does not
            throw new NotFoundException("workshop.notFound");
        }
        request.withdraw(username, text, Instant.now());
        runtime.createMessageCorrelation(WorkshopVariables.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(request.getId().toString())
                .correlate();
        return request;
    }

    /** Called by the process when the triage is overdue: flagged in every organizer's inbox, and every organizer is told. */
    public WorkshopRequest escalateTriage(long requestId) {
        WorkshopRequest request = em.find(WorkshopRequest.class, requestId);
        request.markTriageEscalated();
        for (Task task : tasks.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey(WorkshopVariables.TASK_TRIAGE).list()) {
            tasks.setPriority(task.getId(), TaskPriority.ESCALATED);
        }
        notices.triageOverdue(request);
        return request;
    }

    /** The id of the requester's open answer task of the request, or null when it waits for nothing from them. */
    public String answerTaskOf(WorkshopRequest request, String username) {
        if (request.getStatus() != WorkshopStatus.PROPOSED || !request.isRequestedBy(username)) {
            return null;
        }
        return tasks.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey(WorkshopVariables.TASK_ANSWER).taskAssignee(username).list().stream()
                .map(Task::getId).findFirst().orElse(null);
    }

    /** The planned caravan events a request may be attached to (none while the caravan is not deployed). */
    public List<CaravanStop> caravanStopsFor(WorkshopRequest request) {
        return caravan.isResolvable() ? caravan.get().plannedIn(request.getLsguCode()) : List.of();
    }

    private CaravanStop plannedStop(long eventId) {
        if (!caravan.isResolvable()) {
            throw new RuleViolationException("caravanEventId", "workshop.caravan.none");
        }
        return caravan.get().planned(eventId).orElseThrow(() -> new RuleViolationException("caravanEventId", "workshop.caravan.none"));
    }

    /** One to three windows, each ending on or after its start and not before today. */
    static void checkWindows(String field, List<DateWindow> windows) {
        if (windows == null || windows.isEmpty()) {
            throw new RuleViolationException(field, "eobuka.workshop.windows.required");
        }
        if (windows.size() > 3) {
            throw new RuleViolationException(field, "eobuka.workshop.windows.tooMany");
        }
        LocalDate today = SerbianTime.now().toLocalDate();
        if (windows.stream().anyMatch(w -> w.to().isBefore(today))) {
            throw new RuleViolationException(field, "workshop.windows.past");
        }
    }

    private static String required(String field, String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, messageKey);
        }
        return value.strip();
    }

    /** The open task of this id; of the given key when one is given; not assigned to someone else. */
    private Task openTask(String taskId, String username, String taskKey) {
        Task task = NativeLookup.task(tasks, taskId);
        if (task == null || (taskKey != null && !taskKey.equals(task.getTaskDefinitionKey()))
                || !WorkshopVariables.PROCESS_KEY.equals(processKeyOf(task))) {
            throw new NotFoundException("task.notFound");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        return task;
    }

    private static String processKeyOf(Task task) {
        String definition = task.getProcessDefinitionId();
        return definition == null ? null : definition.substring(0, Math.max(definition.indexOf(':'), 0));
    }

    private WorkshopRequest requestOf(Task task) {
        return em.createQuery("select w from WorkshopRequest w where w.processInstanceId = :instance", WorkshopRequest.class)
                .setParameter("instance", task.getProcessInstanceId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("task.notFound"));
    }

    /** Locked, so two organizers deciding the same task at once run one after the other. */
    private WorkshopRequest lockedRequestOf(Task task) {
        WorkshopRequest request = requestOf(task);
        em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
        return request;
    }
}
