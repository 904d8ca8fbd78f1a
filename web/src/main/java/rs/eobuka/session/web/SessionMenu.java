package rs.eobuka.session.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/**
 * Sessions and trainings in the main menu: the public catalogue; the organizers' session list
 * and proposal; the trainings, which organizers keep and admins look after too.
 */
@ApplicationScoped
public class SessionMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forEveryone(Area.CATALOGUE, 10, "nav-catalogue", "nav.catalogue", "/catalogue/index"),
                MenuItem.forRoles(Area.ORGANIZE, 20, "nav-sessions", "nav.sessions", "/organizer/sessions", Role.ORGANIZER),
                MenuItem.forRoles(Area.ORGANIZE, 30, "nav-propose", "nav.propose", "/organizer/propose", Role.ORGANIZER),
                MenuItem.forRoles(Area.ORGANIZE, 50, "nav-trainings", "nav.trainings", "/admin/trainings", Role.ORGANIZER),
                MenuItem.forRoles(Area.ADMINISTRATION, 50, "nav-trainings", "nav.trainings", "/admin/trainings", Role.ADMIN));
    }
}
