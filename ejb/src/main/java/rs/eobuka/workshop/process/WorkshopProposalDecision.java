package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.Set;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.workshop.SlotProposal;

/**
 * The organizers' slot proposal: {@code PROPOSE} with {@code start}, {@code end} (local date and
 * time), {@code trainerIds} and {@code venueId}; a booking conflict is refused with 409 and the
 * task stays open.
 */
@ApplicationScoped
public class WorkshopProposalDecision extends WorkshopTaskDecision {

    public static final String PROPOSE = "PROPOSE";

    public WorkshopProposalDecision() {
        super(WorkshopVariables.TASK_PROPOSE, PROPOSE);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        WorkshopPayload payload = new WorkshopPayload(command.payload());
        LocalDateTime start = payload.dateTime("start", true);
        LocalDateTime end = payload.dateTime("end", true);
        Set<Long> trainerIds = payload.ids("trainerIds");
        if (trainerIds.isEmpty()) {
            payload.refuse("trainerIds", "workshop.trainers.required");
        }
        Long venueId = payload.id("venueId");
        payload.requireValid();
        requests.propose(taskId, username, new SlotProposal(start, end, trainerIds, venueId));
    }
}
