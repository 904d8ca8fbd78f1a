package rs.eobuka.caravan.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** The Digital Caravan in the main menu: its public stops for everyone, planning for organizers. */
@ApplicationScoped
public class CaravanMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forEveryone(Area.CATALOGUE, 40, "nav-caravan", "nav.caravan", "/caravan/index"),
                MenuItem.forRoles(Area.ORGANIZE, 60, "nav-caravan-plan", "nav.caravanPlan", "/organizer/caravan", Role.ORGANIZER));
    }
}
