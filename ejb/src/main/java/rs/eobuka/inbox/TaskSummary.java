package rs.eobuka.inbox;

import java.io.Serializable;
import java.time.Instant;
import rs.eobuka.platform.task.TaskPriority;

/**
 * One open task as the inbox lists it; {@code priority} is the engine's task priority,
 * {@code subject} what the task is about in the reader's language (null for a task no feature
 * describes), and {@code bulkApprovable} whether it may be approved from the list with others.
 */
public record TaskSummary(String id, String name, String taskKey, String processKey, String businessKey,
                          Instant created, Instant due, String assignee, String formKey, int priority,
                          String subject, boolean bulkApprovable) implements Serializable {

    public boolean isOverdue() {
        return due != null && due.isBefore(Instant.now());
    }

    /** Escalated tasks carry a raised priority (e.g. an overdue registration approval). */
    public boolean isEscalated() {
        return priority >= TaskPriority.ESCALATED;
    }

    public boolean isAssigned() {
        return assignee != null;
    }
}
