package rs.eobuka.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/**
 * Account pages in the main menu: everyone's profile; the role request, for participants only
 * (staff already hold their role); the admins' users and sent mail.
 */
@ApplicationScoped
public class AccountMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forSignedIn(Area.MY_TRAINING, 20, "nav-profile", "nav.profile", "/account/profile"),
                MenuItem.forRoles(Area.MY_TRAINING, 30, "nav-role-request", "nav.roleRequest", "/account/role-request", Role.PARTICIPANT),
                MenuItem.forRoles(Area.ADMINISTRATION, 20, "nav-users", "nav.users", "/admin/users", Role.ADMIN),
                MenuItem.forRoles(Area.ADMINISTRATION, 30, "nav-outbox", "nav.outbox", "/admin/outbox", Role.ADMIN));
    }
}
