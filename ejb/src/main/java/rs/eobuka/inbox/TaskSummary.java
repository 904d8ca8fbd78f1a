package rs.eobuka.inbox;

import java.time.Instant;
import rs.eobuka.registration.RegistrationApprovalService;

/** One open task as the inbox lists it; {@code priority} is the engine's task priority. */
public record TaskSummary(String id, String name, String taskKey, String processKey, String businessKey,
                          Instant created, Instant due, String assignee, String formKey, int priority) {

    public boolean isOverdue() {
        return due != null && due.isBefore(Instant.now());
    }

    /** Escalated tasks carry a raised priority (e.g. an overdue registration approval). */
    public boolean isEscalated() {
        return priority >= RegistrationApprovalService.ESCALATED_PRIORITY;
    }

    public boolean isAssigned() {
        return assignee != null;
    }
}
