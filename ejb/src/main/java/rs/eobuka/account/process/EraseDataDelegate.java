package rs.eobuka.account.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.account.ErasureService;

/** Anonymises the person's data once an administrator confirmed the request. */
@Named
@ApplicationScoped
public class EraseDataDelegate implements JavaDelegate {

    @Inject
    ErasureService erasures;

    @Override
    public void execute(DelegateExecution execution) {
        erasures.erase(ErasureVariables.erasureRequestId(execution));
    }
}
