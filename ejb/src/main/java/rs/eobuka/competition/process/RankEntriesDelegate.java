package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.ResultsService;

/** Ranks every category from the jury scores and the confirmed votes. */
@Named
@ApplicationScoped
public class RankEntriesDelegate implements JavaDelegate {

    @Inject
    ResultsService results;

    @Override
    public void execute(DelegateExecution execution) {
        results.rank(CompetitionVariables.competitionId(execution));
    }
}
