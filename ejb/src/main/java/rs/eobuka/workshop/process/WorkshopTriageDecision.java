package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.task.TaskCommand;

/**
 * The organizers' triage of a workshop request: {@code ACCEPT}, {@code DECLINE} with a
 * {@code reason}, or {@code ATTACH} to the planned caravan event {@code caravanEventId} of the
 * request's LSGU.
 */
@ApplicationScoped
public class WorkshopTriageDecision extends WorkshopTaskDecision {

    public static final String ACCEPT = "ACCEPT";
    public static final String DECLINE = "DECLINE";
    public static final String ATTACH = "ATTACH";

    public WorkshopTriageDecision() {
        super(WorkshopVariables.TASK_TRIAGE, ACCEPT, DECLINE, ATTACH);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        if (command.is(DECLINE)) {
            requests.decline(taskId, username, command.reason());
        } else if (command.is(ATTACH)) {
            WorkshopPayload payload = new WorkshopPayload(command.payload());
            Long eventId = payload.id("caravanEventId");
            payload.requireValid();
            if (eventId == null) {
                throw new RuleViolationException("caravanEventId", "workshop.field.required");
            }
            requests.accept(taskId, username, eventId);
        } else {
            requests.accept(taskId, username, null);
        }
    }
}
