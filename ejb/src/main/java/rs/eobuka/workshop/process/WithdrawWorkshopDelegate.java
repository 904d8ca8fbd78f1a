package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.workshop.WorkshopProgress;

/** Releases a withdrawn workshop's bookings and session, and tells everyone concerned. */
@Named
@ApplicationScoped
public class WithdrawWorkshopDelegate implements JavaDelegate {

    @Inject
    WorkshopProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.withdrawn(WorkshopVariables.requestId(execution));
    }
}
