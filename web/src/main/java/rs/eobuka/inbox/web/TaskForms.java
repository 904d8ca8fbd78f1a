package rs.eobuka.inbox.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import rs.eobuka.inbox.TaskSummary;

/**
 * Where each task's form lives, by the form key its BPMN user task declares. A process plugs a
 * new form into the inbox by adding its page here.
 */
@ApplicationScoped
public class TaskForms {

    private static final Map<String, String> PAGES = Map.of(
            "role-request-review", "/tasks/role-request-review.xhtml",
            // organizer task forms: session approval and registration approval
            "session-review", "/tasks/session-review.xhtml",
            "session-revision", "/tasks/session-revision.xhtml",
            "registration-approval", "/tasks/registration-approval.xhtml");

    public String url(TaskSummary task) {
        String page = task.formKey() == null ? null : PAGES.get(task.formKey());
        return page == null ? "/inbox/index.xhtml" : page + "?taskId=" + task.id();
    }
}
