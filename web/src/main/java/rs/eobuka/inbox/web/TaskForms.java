package rs.eobuka.inbox.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import rs.eobuka.inbox.TaskSummary;

/**
 * Where each task's form lives, by the form key its BPMN user task declares: the page
 * {@code /tasks/<formKey>.xhtml}. A process plugs a new form into the inbox by declaring the
 * key and adding the page; nothing here changes. A task without a form key, or with one that is
 * not a plain page name, stays in the inbox.
 */
@ApplicationScoped
public class TaskForms {

    private static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public String url(TaskSummary task) {
        return task.formKey() == null || !PAGE_NAME.matcher(task.formKey()).matches()
                ? "/inbox/index.xhtml"
                : "/tasks/" + task.formKey() + ".xhtml?taskId=" + task.id();
    }
}
