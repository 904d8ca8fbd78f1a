package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.workshop.WorkshopProgress;

/** Returns a lapsed proposal to the organizers, flagged. */
@Named
@ApplicationScoped
public class MarkNoAnswerDelegate implements JavaDelegate {

    @Inject
    WorkshopProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.markNoAnswer(WorkshopVariables.requestId(execution));
    }
}
