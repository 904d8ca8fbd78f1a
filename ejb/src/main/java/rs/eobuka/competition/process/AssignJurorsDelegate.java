package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.competition.JuryService;

/** Names the jurors who score the entry (the competition's jurors without a conflict), one scoring task each. */
@Named
@ApplicationScoped
public class AssignJurorsDelegate implements JavaDelegate {

    @Inject
    JuryService jury;

    @Override
    public void execute(DelegateExecution execution) {
        // transient: the gateway and the multi-instance read it before the next wait state, and a
        // list would otherwise need Java serialization, which the engine refuses
        execution.setVariable(CompetitionVariables.JURORS,
                Variables.objectValue(new ArrayList<>(jury.assignJurors(CompetitionVariables.entryId(execution))), true).create());
    }
}
