package rs.eobuka.account.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.account.ErasureService;

/** Tells the person why their request to be forgotten was declined. */
@Named
@ApplicationScoped
public class InformErasureDeclineDelegate implements JavaDelegate {

    @Inject
    ErasureService erasures;

    @Override
    public void execute(DelegateExecution execution) {
        erasures.informDecline(ErasureVariables.erasureRequestId(execution));
    }
}
