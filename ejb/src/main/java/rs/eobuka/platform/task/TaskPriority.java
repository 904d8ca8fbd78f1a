package rs.eobuka.platform.task;

/** Engine task priorities with a meaning in the inbox. */
public final class TaskPriority {

    /** A task at or above this priority is shown as escalated (e.g. an overdue registration approval). */
    public static final int ESCALATED = 100;

    private TaskPriority() {
    }
}
