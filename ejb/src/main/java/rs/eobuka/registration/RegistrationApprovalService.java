package rs.eobuka.registration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.platform.engine.NativeLookup;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.task.TaskPriority;
import rs.eobuka.registration.process.RegistrationVariables;
import rs.eobuka.session.TrainingSession;

/**
 * The organizers' approval of registrations holding a seat: one task per registration in the
 * {@code organizer} group, due in two working days and escalated when overdue; approved
 * registrations are confirmed, rejected ones give their seat to the waiting list.
 */
@Stateless
public class RegistrationApprovalService {

    /** Organizers should decide within two working days. */
    static final int APPROVAL_WORKING_DAYS = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    WaitingListService waitingList;

    @Inject
    RegistrationNotices notices;

    @Inject
    TaskService tasks;

    /** The registration behind an approval task, for the task's form. */
    public Registration forTask(String taskId, String organizer) {
        Task task = approvalTask(taskId, organizer);
        return em.find(Registration.class, registrationIdOf(task));
    }

    /**
     * The organizer's decision; a rejection needs a reason. An organizer never decides their own
     * registration (four eyes: an approved registration leads to a certificate anyone can verify).
     */
    public Registration decide(String taskId, String organizer, boolean approved, String reason) {
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (!approved && text == null) {
            throw new RuleViolationException("reason", "registration.reason.required");
        }
        Task task = approvalTask(taskId, organizer);
        long registrationId = registrationIdOf(task);
        waitingList.lockSession(waitingList.sessionIdOf(registrationId));
        Registration registration = em.find(Registration.class, registrationId);
        if (registration.isOwnedBy(organizer)) {
            throw new AccessDeniedException("registration.ownDecision");
        }
        registration.decide(organizer, approved ? null : text, Instant.now());
        tasks.complete(taskId, Variables.createVariables().putValue(RegistrationVariables.APPROVED, approved));
        return registration;
    }

    /**
     * Approves every listed registration that waits for approval (the roster's bulk action), except
     * the organizer's own; returns how many.
     */
    public int approveAll(Collection<Long> registrationIds, String organizer) {
        int approved = 0;
        for (Long id : registrationIds) {
            Registration registration = em.find(Registration.class, id);
            if (registration == null || registration.getProcessInstanceId() == null
                    || registration.getStatus() != RegistrationStatus.PENDING_APPROVAL || registration.isOwnedBy(organizer)) {
                continue;
            }
            Task task = tasks.createTaskQuery().processInstanceId(registration.getProcessInstanceId())
                    .taskDefinitionKey(RegistrationVariables.TASK_APPROVE).singleResult();
            if (task != null && (task.getAssignee() == null || task.getAssignee().equals(organizer))) {
                decide(task.getId(), organizer, true, null);
                approved++;
            }
        }
        return approved;
    }

    /**
     * What waits for the organizers: registrations pending approval, and those of them whose
     * approval is overdue (the process escalated them). One count over the pending rows.
     */
    public ApprovalBacklog backlog() {
        Object[] counts = em.createQuery("select count(r), coalesce(sum(case when r.escalated = true then 1 else 0 end), 0)"
                        + " from Registration r where r.status = :pending", Object[].class)
                .setParameter("pending", RegistrationStatus.PENDING_APPROVAL).getSingleResult();
        return new ApprovalBacklog(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /** Called by the process after approval. */
    public void confirm(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        registration.confirm(Instant.now());
        notices.confirmed(registration);
    }

    /** Called by the process after a rejection: the seat goes to the head of the waiting list. */
    public void reject(long registrationId) {
        TrainingSession session = waitingList.lockSession(waitingList.sessionIdOf(registrationId));
        Registration registration = em.find(Registration.class, registrationId);
        registration.reject();
        waitingList.vacate(session, RegistrationStatus.PENDING_APPROVAL);
        notices.rejected(registration);
    }

    /** Called by the process when an approval is overdue: flagged in every organizer's inbox, and every organizer is told. */
    public void escalate(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        registration.markEscalated();
        for (Task task : tasks.createTaskQuery().processInstanceId(registration.getProcessInstanceId())
                .taskDefinitionKey(RegistrationVariables.TASK_APPROVE).list()) {
            tasks.setPriority(task.getId(), TaskPriority.ESCALATED);
        }
        notices.approvalOverdue(registration);
    }

    private Task approvalTask(String taskId, String organizer) {
        Task task = NativeLookup.task(tasks, taskId);
        if (task == null || !RegistrationVariables.TASK_APPROVE.equals(task.getTaskDefinitionKey())) {
            throw new NotFoundException("task.notFound");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(organizer)) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        return task;
    }

    private long registrationIdOf(Task task) {
        List<Long> ids = em.createQuery("select r.id from Registration r where r.processInstanceId = :instance", Long.class)
                .setParameter("instance", task.getProcessInstanceId()).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("task.notFound");
        }
        return ids.get(0);
    }
}
