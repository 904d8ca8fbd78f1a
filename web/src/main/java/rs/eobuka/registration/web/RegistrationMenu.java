package rs.eobuka.registration.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** A person's own registrations (with their certificates) in the main menu. */
@ApplicationScoped
public class RegistrationMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forSignedIn(Area.MY_TRAINING, 10, "nav-my-registrations", "nav.myRegistrations", "/registrations/index"));
    }
}
