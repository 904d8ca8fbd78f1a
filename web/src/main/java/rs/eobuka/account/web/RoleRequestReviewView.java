package rs.eobuka.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rs.eobuka.account.RoleRequest;
import rs.eobuka.account.RoleRequestService;
import rs.eobuka.inbox.web.DecisionTaskView;

/** tasks/role-request-review.xhtml, the form of the "Review role request" task: grant, or decline with a reason. */
@Named
@ViewScoped
public class RoleRequestReviewView extends DecisionTaskView<RoleRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoleRequestService roleRequests;

    public RoleRequestReviewView() {
        super("review", "roleRequest.review.granted", "roleRequest.review.declined");
    }

    @Override
    protected RoleRequest loadSubject(String taskId, String username) {
        return roleRequests.forTask(taskId, username);
    }
}
