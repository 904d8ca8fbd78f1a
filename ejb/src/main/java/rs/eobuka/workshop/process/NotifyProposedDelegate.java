package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.workshop.WorkshopProgress;

/** Sends the proposed slot to the requester with the date their answer is due. */
@Named
@ApplicationScoped
public class NotifyProposedDelegate implements JavaDelegate {

    @Inject
    WorkshopProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.proposed(WorkshopVariables.requestId(execution), WorkshopVariables.answerDueDate(execution));
    }
}
