package rs.eobuka.account.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.account.ErasureService;

/** Tells every administrator that a request to be forgotten nears the end of its month. */
@Named
@ApplicationScoped
public class EscalateErasureReviewDelegate implements JavaDelegate {

    @Inject
    ErasureService erasures;

    @Override
    public void execute(DelegateExecution execution) {
        erasures.escalateReview(ErasureVariables.erasureRequestId(execution));
    }
}
