package rs.eobuka.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.account.RoleRequest;
import rs.eobuka.account.RoleRequestService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/** A signed-in person asks for an organizer, evaluator or juror role, and sees earlier asks. */
@Named
@ViewScoped
public class RoleRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoleRequestService roleRequests;

    @Inject
    transient CurrentUser user;

    private Role role;
    private String justification;

    public void submit() {
        try {
            roleRequests.request(user.getUsername(), role, justification);
            FacesTexts.info("roleRequest.sent");
            role = null;
            justification = null;
        } catch (DomainException e) {
            FacesTexts.error(e, "roleRequest");
        }
    }

    public List<RoleRequest> getMine() {
        return roleRequests.findMine(user.getUsername());
    }

    public List<Role> getRequestableRoles() {
        return Arrays.stream(Role.values()).filter(Role::isRequestable).toList();
    }

    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
}
