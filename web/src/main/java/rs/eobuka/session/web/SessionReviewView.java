package rs.eobuka.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rs.eobuka.inbox.web.DecisionTaskView;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.TrainingSession;

/**
 * tasks/session-review.xhtml, the form of the "Review proposed session" task: approve, or
 * return with a comment. The proposer sees why they cannot review their own proposal.
 */
@Named
@ViewScoped
public class SessionReviewView extends DecisionTaskView<TrainingSession> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionApprovalService approvals;

    public SessionReviewView() {
        super("review", "sessionReview.approved", "sessionReview.returned");
    }

    @Override
    protected TrainingSession loadSubject(String taskId, String username) {
        return approvals.forTask(taskId, username);
    }

    /** The proposer may not review their own proposal. */
    public boolean isOwnProposal() {
        return getSubject() != null && getSubject().getProposedBy().equals(user().getUsername());
    }
}
