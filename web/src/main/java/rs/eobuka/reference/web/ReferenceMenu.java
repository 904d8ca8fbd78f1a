package rs.eobuka.reference.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** Reference data in the main menu: the public list of local self-governments, and the programmes organizers and admins keep. */
@ApplicationScoped
public class ReferenceMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forEveryone(Area.CATALOGUE, 20, "nav-municipalities", "nav.municipalities", "/municipalities"),
                MenuItem.forRoles(Area.ORGANIZE, 40, "nav-programmes", "nav.programmes", "/admin/programmes", Role.ORGANIZER),
                MenuItem.forRoles(Area.ADMINISTRATION, 40, "nav-programmes", "nav.programmes", "/admin/programmes", Role.ADMIN));
    }
}
