package rs.eobuka.platform.task;

import org.camunda.bpm.engine.task.Task;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.NotFoundException;

/** The checks every task form and decision makes on the task it was given. */
public final class OpenTasks {

    private OpenTasks() {
    }

    /**
     * The task as found (null when no open task of the expected kind has the id), if the user may
     * work on it: unassigned, or assigned to them.
     */
    public static Task requireWorkable(Task task, String username) {
        if (task == null) {
            throw new NotFoundException("task.notFound");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        return task;
    }
}
