package rs.eobuka.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountFilter;
import rs.eobuka.account.AccountAdminService;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.AccountStatus;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.privacy.AccessKind;
import rs.eobuka.platform.privacy.AccessLog;
import rs.eobuka.platform.security.web.CurrentUser;

/** The admin's user list: find people, change their roles, disable or enable them. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountLookupService accounts;

    @Inject
    transient AccountAdminService accountAdmin;

    @Inject
    transient CurrentUser user;

    @Inject
    transient AccessLog accessLog;

    private String text;
    private Role role;
    private AccountStatus status;
    private LazyDataModel<Account> users;
    private Long editedId;
    private String editedName;
    private Role[] editedRoles;

    @PostConstruct
    void init() {
        users = new PagedModel<>(() -> accounts.count(filter()), (first, max) -> {
            // every page of names and addresses shown is a view of personal data
            accessLog.record(user.getUsername(), AccessKind.USER_LIST, "users:" + (role == null ? "all" : role.name()) + "@" + first);
            return accounts.find(filter(), first, max);
        }, account -> account.getId().toString());
    }

    private AccountFilter filter() {
        return new AccountFilter(text, role, status);
    }

    public void edit(Account account) {
        editedId = account.getId();
        editedName = account.getFullName();
        editedRoles = account.getRoles().toArray(Role[]::new);
    }

    public void saveRoles() {
        try {
            Set<Role> roles = editedRoles == null || editedRoles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(editedRoles));
            accountAdmin.changeRoles(editedId, roles);
            FacesTexts.info("admin.users.rolesSaved", editedName);
            editedId = null;
        } catch (DomainException e) {
            FacesTexts.error(e, "rolesForm");
        }
    }

    public void toggleEnabled(Account account) {
        if (account.getUsername().equals(user.getUsername())) {
            FacesTexts.error("admin.users.notYourself");
            return;
        }
        boolean enable = account.getStatus() == AccountStatus.DISABLED;
        accountAdmin.setEnabled(account.getId(), enable);
        FacesTexts.info(enable ? "admin.users.enabled" : "admin.users.disabled", account.getFullName());
    }

    public Role[] getRoles() { return Role.values(); }
    public AccountStatus[] getStatuses() { return AccountStatus.values(); }
    public LazyDataModel<Account> getUsers() { return users; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public AccountStatus getStatus() { return status; }
    public void setStatus(AccountStatus status) { this.status = status; }
    public String getEditedName() { return editedName; }
    public Role[] getEditedRoles() { return editedRoles; }
    public void setEditedRoles(Role[] editedRoles) { this.editedRoles = editedRoles; }
}
