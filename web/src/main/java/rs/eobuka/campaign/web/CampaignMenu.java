package rs.eobuka.campaign.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** The campaign's public page in the main menu, next to the map; organizers' e-services of its municipalities. */
@ApplicationScoped
public class CampaignMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forEveryone(Area.CATALOGUE, 55, "nav-campaign", "nav.campaign", "/campaign"),
                MenuItem.forRoles(Area.ORGANIZE, 70, "nav-eservices", "nav.eservices", "/organizer/eservices", Role.ORGANIZER));
    }
}
