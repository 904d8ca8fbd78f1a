package rs.eobuka.workshop.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** Asking for a workshop and following one's requests (participants); all requests (organizers). */
@ApplicationScoped
public class WorkshopMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forRoles(Area.MY_TRAINING, 30, "nav-request-workshop", "nav.requestWorkshop", "/workshops/request", Role.PARTICIPANT),
                MenuItem.forRoles(Area.MY_TRAINING, 31, "nav-my-workshops", "nav.myWorkshops", "/workshops/mine", Role.PARTICIPANT),
                MenuItem.forRoles(Area.ORGANIZE, 40, "nav-workshop-requests", "nav.workshopRequests", "/organizer/workshops", Role.ORGANIZER));
    }
}
