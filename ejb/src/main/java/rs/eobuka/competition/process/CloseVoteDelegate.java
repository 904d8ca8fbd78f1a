package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.CompetitionAudit;
import rs.eobuka.competition.CompetitionAuditTrail;
import rs.eobuka.competition.VoteService;

/** Records that the public vote has closed, with the number of confirmed votes. */
@Named
@ApplicationScoped
public class CloseVoteDelegate implements JavaDelegate {

    @Inject
    CompetitionAuditTrail audit;

    @Inject
    VoteService votes;

    @Override
    public void execute(DelegateExecution execution) {
        long competition = CompetitionVariables.competitionId(execution);
        audit.record(competition, null, CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.VOTE_CLOSED,
                votes.votesCast(competition) + " votes");
    }
}
