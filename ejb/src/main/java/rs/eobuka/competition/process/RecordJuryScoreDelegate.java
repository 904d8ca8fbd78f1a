package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.JuryService;

/** Records the entry's jury score once its jurors have scored or the jury deadline has passed. */
@Named
@ApplicationScoped
public class RecordJuryScoreDelegate implements JavaDelegate {

    @Inject
    JuryService jury;

    @Override
    public void execute(DelegateExecution execution) {
        jury.recordJuryScore(CompetitionVariables.entryId(execution));
    }
}
