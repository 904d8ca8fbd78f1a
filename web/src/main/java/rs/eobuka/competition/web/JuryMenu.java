package rs.eobuka.competition.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** The juror's own page in the jury area, after the task inbox. */
@ApplicationScoped
public class JuryMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forRoles(Area.JURY, 20, "nav-jury", "nav.jury", "/competition/jury", Role.JUROR));
    }
}
