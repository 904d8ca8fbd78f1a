package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.JuryService;

/** Reminds the jurors who still have entries to score before their deadline. */
@Named
@ApplicationScoped
public class RemindJurorsDelegate implements JavaDelegate {

    @Inject
    JuryService jury;

    @Override
    public void execute(DelegateExecution execution) {
        jury.remindJurors(CompetitionVariables.competitionId(execution));
    }
}
