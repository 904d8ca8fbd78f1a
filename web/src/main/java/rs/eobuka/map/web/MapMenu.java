package rs.eobuka.map.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** The public map of Serbia in the main menu. */
@ApplicationScoped
public class MapMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forEveryone(Area.CATALOGUE, 50, "nav-map", "nav.map", "/map"));
    }
}
