package rs.eobuka.registration.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.registration.RegistrationApprovalService;

@Named
@ApplicationScoped
public class EscalateApprovalDelegate implements JavaDelegate {

    @Inject
    RegistrationApprovalService approvals;

    @Override
    public void execute(DelegateExecution execution) {
        approvals.escalate(RegistrationVariables.registrationId(execution));
    }
}
