package rs.eobuka.registration.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.session.process.SessionApprovalVariables;

/**
 * A published session was cancelled ({@code session-approval}): its registrations end, and their
 * registrants are told. Registration's work, called from the session's process.
 */
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
