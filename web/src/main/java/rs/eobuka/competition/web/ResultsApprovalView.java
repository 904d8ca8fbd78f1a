package rs.eobuka.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import rs.eobuka.competition.process.CompetitionResultsDecision;

/**
 * tasks/competition-results-approval.xhtml: a second organizer approves the proposed ranking,
 * which publishes it, or returns it with a reason to be ranked and proposed again. The proposer
 * sees the ranking but may not decide (four eyes).
 */
@Named
@ViewScoped
public class ResultsApprovalView extends ResultsTaskView {

    private static final long serialVersionUID = 1L;

    public void approveResults() throws IOException {
        complete(CompetitionResultsDecision.APPROVE, null, "competition.results.approved");
    }

    public void returnResults() throws IOException {
        complete(CompetitionResultsDecision.RETURN, getReason(), "competition.results.returned");
    }

    /** Whether the caller proposed these results, and so may not approve or return them. */
    public boolean isOwnProposal() {
        return isFound() && user().getUsername().equals(getSubject().getResultsProposedBy());
    }
}
