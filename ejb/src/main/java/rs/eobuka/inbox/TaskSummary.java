package rs.eobuka.inbox;

import java.time.Instant;

/** One open task as the inbox lists it. */
public record TaskSummary(String id, String name, String taskKey, String processKey, String businessKey,
                          Instant created, Instant due, String assignee, String formKey) {

    public boolean isOverdue() {
        return due != null && due.isBefore(Instant.now());
    }

    public boolean isAssigned() {
        return assignee != null;
    }
}
