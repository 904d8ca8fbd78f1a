package rs.eobuka.platform.engine.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** The admins' page of the process engine in the main menu. */
@ApplicationScoped
public class EngineMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forRoles(Area.ADMINISTRATION, 40, "nav-engine", "nav.engine", "/admin/engine", Role.ADMIN));
    }
}
