package rs.eobuka.account.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.account.SignUpService;

@Named
@ApplicationScoped
public class SendVerificationMailDelegate implements JavaDelegate {

    @Inject
    SignUpService signUps;

    @Override
    public void execute(DelegateExecution execution) {
        signUps.sendVerificationMail(AccountActivationVariables.accountId(execution));
    }
}
