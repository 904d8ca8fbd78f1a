package rs.eobuka.account.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.account.RoleRequestService;

@Named
@ApplicationScoped
public class GrantRoleDelegate implements JavaDelegate {

    @Inject
    RoleRequestService roleRequests;

    @Override
    public void execute(DelegateExecution execution) {
        roleRequests.grant(RoleRequestVariables.roleRequestId(execution));
    }
}
