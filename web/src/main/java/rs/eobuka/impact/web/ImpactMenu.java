package rs.eobuka.impact.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** Impact reports in the main menu: the published ones for everyone, drafting and review for evaluators. */
@ApplicationScoped
public class ImpactMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forEveryone(Area.CATALOGUE, 60, "nav-reports", "nav.reports", "/reports/index"),
                MenuItem.forRoles(Area.EVALUATE, 30, "nav-impact", "nav.impact", "/evaluator/reports", Role.EVALUATOR));
    }
}
