package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.workshop.ChecklistItem;
import rs.eobuka.workshop.WorkshopRequest;

/**
 * The logistics checklist: {@code TICK} the listed {@code items} (the task stays open), or
 * {@code COMPLETE} it, ticking the listed items first; completion needs every item ticked.
 */
@ApplicationScoped
public class WorkshopChecklistDecision extends WorkshopTaskDecision {

    public static final String TICK = "TICK";
    public static final String COMPLETE = "COMPLETE";

    public WorkshopChecklistDecision() {
        super(WorkshopVariables.TASK_CHECKLIST, TICK, COMPLETE);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        WorkshopPayload payload = new WorkshopPayload(command.payload());
        Set<ChecklistItem> items = payload.constants("items", ChecklistItem.class);
        payload.requireValid();
        if (command.is(COMPLETE)) {
            requests.completeChecklist(taskId, username, items);
        } else {
            WorkshopRequest request = requests.forTask(taskId, username);
            java.util.EnumSet<ChecklistItem> ticked = java.util.EnumSet.noneOf(ChecklistItem.class);
            ticked.addAll(request.getChecklist().keySet());
            ticked.addAll(items);
            requests.saveChecklist(taskId, username, ticked);
        }
    }
}
