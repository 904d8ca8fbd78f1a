package rs.eobuka.feedback.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.MenuContribution;
import rs.eobuka.platform.web.MenuItem;

/** Feedback in the main menu: surveys, results, their comparison and questionnaires for evaluators. */
@ApplicationScoped
public class FeedbackMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forRoles(Area.EVALUATE, 10, "nav-surveys", "nav.surveys", "/evaluator/surveys", Role.EVALUATOR),
                MenuItem.forRoles(Area.EVALUATE, 15, "nav-results", "nav.results", "/evaluator/results", Role.EVALUATOR),
                MenuItem.forRoles(Area.EVALUATE, 17, "nav-compare", "nav.compare", "/evaluator/compare", Role.EVALUATOR),
                MenuItem.forRoles(Area.EVALUATE, 20, "nav-questionnaires", "nav.questionnaires", "/evaluator/questionnaires", Role.EVALUATOR));
    }
}
