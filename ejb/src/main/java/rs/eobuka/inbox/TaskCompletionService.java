package rs.eobuka.inbox;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskDecisions;

/**
 * Approves or rejects a task the caller may see, through the {@link TaskDecision} of its
 * feature, for the task API, the inbox and the task forms alike; knows no feature.
 */
@Stateless
public class TaskCompletionService {

    @Inject
    InboxService inbox;

    @Inject
    TaskDecisions decisions;

    @Resource
    SessionContext context;

    /** The outcome of one task of a bulk approval: approved, or refused with the reason. */
    public record Outcome(String taskId, DomainException refusal) {

        public boolean isApproved() {
            return refusal == null;
        }
    }

    /**
     * The caller's decision on a task: a task no feature decides is not found
     * ({@code task.noDecision}); one that is a form rather than a decision (a session's
     * revision) refuses the {@link TaskDecision#DECISION} field, as does a missing decision or
     * one the task does not take. The feature's service applies its own rules.
     */
    public TaskSummary decide(String taskId, String username, Set<String> groups, TaskCommand command) {
        TaskSummary task = inbox.get(taskId, username, groups);
        TaskDecision decision = decisions.forKey(task.taskKey()).orElseThrow(() -> new NotFoundException("task.noDecision"));
        if (!decision.decides(task.taskKey())) {
            throw new RuleViolationException(TaskDecision.DECISION, "api.task.notDecidable");
        }
        Set<String> taken = decision.decisions(task.taskKey());
        if (command.decision() == null) {
            throw new RuleViolationException(TaskDecision.DECISION, "api.decision.required", String.join(", ", new TreeSet<>(taken)));
        }
        if (!taken.contains(command.decision())) {
            throw new RuleViolationException(TaskDecision.DECISION, "api.decision.invalid", String.join(", ", new TreeSet<>(taken)));
        }
        decision.decide(taskId, username, command);
        return task;
    }

    /**
     * Approves each listed task that allows bulk approval, each in a transaction of its own, so
     * a refusal (a task someone else decided meanwhile) costs only its own row; the outcomes
     * come in the order asked, duplicates once.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Outcome> approveAll(List<String> taskIds, String username, Set<String> groups) {
        TaskCompletionService self = context.getBusinessObject(TaskCompletionService.class);
        List<Outcome> outcomes = new ArrayList<>();
        for (String taskId : new LinkedHashSet<>(taskIds)) {
            try {
                self.approveOne(taskId, username, groups);
                outcomes.add(new Outcome(taskId, null));
            } catch (DomainException e) {
                outcomes.add(new Outcome(taskId, e));
            } catch (EJBException e) {
                // e.g. the engine's optimistic lock when another organizer completed the task at the same moment
                outcomes.add(new Outcome(taskId, new RuleViolationException(null, "inbox.bulk.failed")));
            }
        }
        return outcomes;
    }

    /** One task of a bulk approval (public for {@link #approveAll}'s own transaction per task). */
    public void approveOne(String taskId, String username, Set<String> groups) {
        TaskSummary task = inbox.get(taskId, username, groups);
        if (!task.bulkApprovable()) {
            throw new RuleViolationException(TaskDecision.DECISION, "inbox.bulk.notAllowed");
        }
        decide(taskId, username, groups, TaskCommand.approve());
    }
}
