package rs.eobuka.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import rs.eobuka.competition.process.CompetitionResultsDecision;

/** tasks/competition-results-proposal.xhtml: an organizer reviews the ranking once the vote has closed and proposes it. */
@Named
@ViewScoped
public class ResultsProposalView extends ResultsTaskView {

    private static final long serialVersionUID = 1L;

    public void propose() throws IOException {
        complete(CompetitionResultsDecision.PROPOSE, null, "competition.results.proposed");
    }
}
