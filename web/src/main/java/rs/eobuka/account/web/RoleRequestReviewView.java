package rs.eobuka.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import rs.eobuka.account.RoleRequest;
import rs.eobuka.account.RoleRequestService;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/** The form of the "Review role request" task: grant, or decline with a reason. */
@Named
@ViewScoped
public class RoleRequestReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoleRequestService roleRequests;

    @Inject
    transient InboxService inbox;

    @Inject
    transient CurrentUser user;

    private String taskId;
    private TaskSummary task;
    private RoleRequest request;
    private String comment;

    public void load() {
        try {
            task = inbox.get(taskId, user.getUsername(), user.getGroups());
            request = roleRequests.forTask(taskId, user.getUsername());
        } catch (DomainException e) {
            FacesTexts.error(e, "review");
        }
    }

    public void approve() throws IOException {
        decide(true);
    }

    public void decline() throws IOException {
        decide(false);
    }

    private void decide(boolean approved) throws IOException {
        try {
            roleRequests.decide(taskId, user.getUsername(), approved, comment);
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml",
                    approved ? "roleRequest.review.granted" : "roleRequest.review.declined");
        } catch (DomainException e) {
            FacesTexts.error(e, "review");
        }
    }

    public boolean isFound() {
        return request != null;
    }

    public TaskSummary getTask() { return task; }
    public RoleRequest getRequest() { return request; }
    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
