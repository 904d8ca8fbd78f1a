package rs.eobuka.impact.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * The inbox's forms of a report's tasks (tasks/impact-report-write.xhtml and
 * tasks/impact-report-review.xhtml): both open the report's workbench, where it is written and
 * reviewed.
 */
@Named
@RequestScoped
public class ImpactTaskView {

    @Inject
    InboxService inbox;

    @Inject
    CurrentUser user;

    private String taskId;

    public void open() throws IOException {
        try {
            TaskSummary task = inbox.get(taskId, user.getUsername(), user.getGroups());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/evaluator/report.xhtml?id=" + task.businessKey());
            faces.responseComplete();
        } catch (DomainException e) {
            FacesTexts.error(e, "task");
        }
    }

    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
}
