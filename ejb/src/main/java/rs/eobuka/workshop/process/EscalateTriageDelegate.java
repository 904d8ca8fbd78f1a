package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.workshop.WorkshopRequestService;

/** Flags an overdue triage and tells every organizer. */
@Named
@ApplicationScoped
public class EscalateTriageDelegate implements JavaDelegate {

    @Inject
    WorkshopRequestService requests;

    @Override
    public void execute(DelegateExecution execution) {
        requests.escalateTriage(WorkshopVariables.requestId(execution));
    }
}
