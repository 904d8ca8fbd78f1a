package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.ResultsService;

/** Tells the winners and every other entrant of a published entry their place. */
@Named
@ApplicationScoped
public class NotifyEntrantsDelegate implements JavaDelegate {

    @Inject
    ResultsService results;

    @Override
    public void execute(DelegateExecution execution) {
        results.notifyEntrants(CompetitionVariables.competitionId(execution));
    }
}
