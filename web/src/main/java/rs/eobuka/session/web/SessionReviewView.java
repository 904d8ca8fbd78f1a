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
public class SessionReviewView extends DecisionTaskView {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionApprovalService approvals;

    private TrainingSession session;

    public SessionReviewView() {
        super("review", "sessionReview.approved", "sessionReview.returned");
    }

    @Override
    protected void loadSubject(String taskId, String username) {
        session = approvals.forTask(taskId, username);
    }

    @Override
    public boolean isFound() { return session != null; }

    /** The proposer may not review their own proposal. */
    public boolean isOwnProposal() {
        return session != null && session.getProposedBy().equals(user().getUsername());
    }

    public TrainingSession getSession() { return session; }
}
