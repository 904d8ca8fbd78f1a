package rs.eobuka.platform.privacy.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** The admins' record of processing activities and log of views of personal data in the main menu. */
@ApplicationScoped
public class PrivacyMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forRoles(Area.ADMINISTRATION, 35, "nav-processing-record", "nav.processingRecord", "/admin/processing-record", Role.ADMIN),
                MenuItem.forRoles(Area.ADMINISTRATION, 36, "nav-access-log", "nav.accessLog", "/admin/access-log", Role.ADMIN));
    }
}
