package rs.eobuka.registration.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.registration.RegistrationNotices;

@Named
@ApplicationScoped
public class NotifyRegistrationReceivedDelegate implements JavaDelegate {

    @Inject
    RegistrationNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        notices.received(RegistrationVariables.registrationId(execution));
    }
}
