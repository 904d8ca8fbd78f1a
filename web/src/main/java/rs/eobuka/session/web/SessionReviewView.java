package rs.eobuka.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.TrainingSession;

/**
 * tasks/session-review.xhtml, the form of the "Review proposed session" task: approve, or
 * return with a comment. The proposer sees why they cannot review their own proposal.
 */
@Named
@ViewScoped
public class SessionReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionApprovalService approvals;

    @Inject
    transient InboxService inbox;

    @Inject
    transient CurrentUser user;

    private String taskId;
    private TaskSummary task;
    private TrainingSession session;
    private String comment;

    public void load() {
        try {
            task = inbox.get(taskId, user.getUsername(), user.getGroups());
            session = approvals.forTask(taskId, user.getUsername());
        } catch (DomainException e) {
            FacesTexts.error(e, "review");
        }
    }

    public void approve() throws IOException {
        decide(true);
    }

    public void returnToProposer() throws IOException {
        decide(false);
    }

    private void decide(boolean approved) throws IOException {
        try {
            approvals.review(taskId, user.getUsername(), approved, comment);
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml", approved ? "sessionReview.approved" : "sessionReview.returned");
        } catch (DomainException e) {
            FacesTexts.error(e, "review");
        }
    }

    public boolean isFound() { return session != null; }

    /** The proposer may not review their own proposal. */
    public boolean isOwnProposal() {
        return session != null && session.getProposedBy().equals(user.getUsername());
    }

    public TaskSummary getTask() { return task; }
    public TrainingSession getSession() { return session; }
    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
