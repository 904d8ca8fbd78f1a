package rs.eobuka.inbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import rs.eobuka.inbox.InboxQuery;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSort;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.HomeCard;
import rs.eobuka.platform.web.HomeCardProvider;

/**
 * For everyone who works from the task inbox: how many tasks wait for them (offered to their
 * roles or assigned to them), and how many of those are theirs. Counted by the engine's task
 * table, as the inbox counts them.
 */
@RequestScoped
public class InboxHomeCards implements HomeCardProvider {

    @Inject
    CurrentUser user;

    @Inject
    InboxService inbox;

    @Override
    public List<HomeCard> cards() {
        if (!user.isInboxUser()) {
            return List.of();
        }
        long open = inbox.count(new InboxQuery(user.getUsername(), user.getGroups(), null, null, null, false, TaskSort.CREATED_DESC));
        if (open == 0) {
            return List.of();
        }
        long mine = inbox.count(new InboxQuery(user.getUsername(), user.getGroups(), null, null, null, true, TaskSort.CREATED_DESC));
        HomeCard card = HomeCard.figure("open-tasks", area(), 0, FacesTexts.text("home.card.openTasks"), open,
                new HomeCard.Link("/inbox/index.xhtml", FacesTexts.text("home.card.openTasks.link")));
        return List.of(mine == 0 ? card : card.withSecondary(FacesTexts.text("home.card.openTasks.mine", mine), false));
    }

    /** The area of the user's first inbox role, as in the menu. */
    private Area area() {
        if (user.isOrganizer()) {
            return Area.ORGANIZE;
        }
        if (user.isEvaluator()) {
            return Area.EVALUATE;
        }
        return user.isJuror() ? Area.JURY : Area.ADMINISTRATION;
    }
}
