package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.ResultsService;

/** Publishes the approved results. */
@Named
@ApplicationScoped
public class PublishResultsDelegate implements JavaDelegate {

    @Inject
    ResultsService results;

    @Override
    public void execute(DelegateExecution execution) {
        results.publish(CompetitionVariables.competitionId(execution));
    }
}
