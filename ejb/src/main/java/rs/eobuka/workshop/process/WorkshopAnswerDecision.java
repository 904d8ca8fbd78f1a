package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.platform.task.TaskCommand;

/**
 * The requester's answer to a proposal: {@code ACCEPT}, or {@code COUNTER} with new
 * {@code preferredWindows} ({@code [{from, to}]}, up to three) and a {@code comment}.
 */
@ApplicationScoped
public class WorkshopAnswerDecision extends WorkshopTaskDecision {

    public static final String ACCEPT = "ACCEPT";
    public static final String COUNTER = "COUNTER";

    public WorkshopAnswerDecision() {
        super(WorkshopVariables.TASK_ANSWER, ACCEPT, COUNTER);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        if (command.is(COUNTER)) {
            WorkshopPayload payload = new WorkshopPayload(command.payload());
            List<DateWindow> windows = payload.windows("preferredWindows");
            if (windows.isEmpty()) {
                payload.refuse("preferredWindows", "eobuka.workshop.windows.required");
            }
            if (payload.text("comment") == null) {
                payload.refuse("comment", "workshop.comment.required");
            }
            payload.requireValid();
            requests.counterPropose(taskId, username, windows, payload.text("comment"));
        } else {
            requests.acceptProposal(taskId, username);
        }
    }
}
