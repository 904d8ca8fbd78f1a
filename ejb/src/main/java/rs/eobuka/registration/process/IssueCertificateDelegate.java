package rs.eobuka.registration.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.registration.AttendanceService;

@Named
@ApplicationScoped
public class IssueCertificateDelegate implements JavaDelegate {

    @Inject
    AttendanceService attendance;

    @Override
    public void execute(DelegateExecution execution) {
        attendance.issueCertificate(RegistrationVariables.registrationId(execution));
    }
}
