package rs.eobuka.session.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.registration.RegistrationService;

@Named
@ApplicationScoped
public class CancelSessionRegistrationsDelegate implements JavaDelegate {

    @Inject
    RegistrationService registrations;

    @Override
    public void execute(DelegateExecution execution) {
        registrations.cancelForSession(SessionApprovalVariables.sessionId(execution));
    }
}
