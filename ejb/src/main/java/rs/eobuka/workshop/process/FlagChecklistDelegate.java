package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.workshop.WorkshopProgress;

/** Flags a checklist still incomplete two days before the event. */
@Named
@ApplicationScoped
public class FlagChecklistDelegate implements JavaDelegate {

    @Inject
    WorkshopProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.flagChecklist(WorkshopVariables.requestId(execution));
    }
}
