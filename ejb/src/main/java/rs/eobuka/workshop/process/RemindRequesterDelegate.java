package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.workshop.WorkshopProgress;

/** Reminds the requester of an unanswered proposal. */
@Named
@ApplicationScoped
public class RemindRequesterDelegate implements JavaDelegate {

    @Inject
    WorkshopProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.remindRequester(WorkshopVariables.requestId(execution));
    }
}
