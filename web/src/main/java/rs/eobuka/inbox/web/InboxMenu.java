package rs.eobuka.inbox.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/**
 * The task inbox in the main menu, in the area of each role that works from it (until the
 * evaluation and jury workflows add pages of their own, the inbox is their whole area). A user
 * with several of these roles sees it once, in the first area.
 */
@ApplicationScoped
public class InboxMenu implements MenuContribution {

    private static final String ID = "nav-inbox";
    private static final String LABEL = "nav.inbox";
    private static final String OUTCOME = "/inbox/index";

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forRoles(Area.ORGANIZE, 10, ID, LABEL, OUTCOME, Role.ORGANIZER),
                MenuItem.forRoles(Area.EVALUATE, 10, ID, LABEL, OUTCOME, Role.EVALUATOR),
                MenuItem.forRoles(Area.JURY, 10, ID, LABEL, OUTCOME, Role.JUROR),
                MenuItem.forRoles(Area.ADMINISTRATION, 10, ID, LABEL, OUTCOME, Role.ADMIN));
    }
}
