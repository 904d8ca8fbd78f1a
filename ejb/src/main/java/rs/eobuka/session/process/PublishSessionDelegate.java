package rs.eobuka.session.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.session.SessionApprovalService;

@Named
@ApplicationScoped
public class PublishSessionDelegate implements JavaDelegate {

    @Inject
    SessionApprovalService sessionApproval;

    @Override
    public void execute(DelegateExecution execution) {
        sessionApproval.publish(SessionApprovalVariables.sessionId(execution));
    }
}
