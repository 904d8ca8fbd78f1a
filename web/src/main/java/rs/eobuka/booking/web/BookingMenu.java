package rs.eobuka.booking.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/**
 * The planning calendar, trainers and venues: in the organize area for organizers, and, as the
 * trainings are, in the administration area for admins.
 */
@ApplicationScoped
public class BookingMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forRoles(Area.ORGANIZE, 60, "nav-calendar", "nav.planningCalendar", "/organizer/calendar", Role.ORGANIZER),
                MenuItem.forRoles(Area.ORGANIZE, 62, "nav-trainers", "nav.trainers", "/organizer/trainers", Role.ORGANIZER),
                MenuItem.forRoles(Area.ORGANIZE, 64, "nav-venues", "nav.venues", "/organizer/venues", Role.ORGANIZER),
                MenuItem.forRoles(Area.ADMINISTRATION, 60, "nav-calendar", "nav.planningCalendar", "/organizer/calendar", Role.ADMIN),
                MenuItem.forRoles(Area.ADMINISTRATION, 62, "nav-trainers", "nav.trainers", "/organizer/trainers", Role.ADMIN),
                MenuItem.forRoles(Area.ADMINISTRATION, 64, "nav-venues", "nav.venues", "/organizer/venues", Role.ADMIN));
    }
}
