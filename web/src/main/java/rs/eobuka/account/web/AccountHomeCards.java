package rs.eobuka.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.RoleRequestService;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.HomeCard;
import rs.eobuka.platform.web.HomeCardProvider;

/**
 * Account cards: for admins, the active accounts and the role requests waiting for review (the
 * review is a task in the inbox); for a participant, their own role requests while any await a
 * decision.
 */
@RequestScoped
public class AccountHomeCards implements HomeCardProvider {

    @Inject
    CurrentUser user;

    @Inject
    AccountLookupService accounts;

    @Inject
    RoleRequestService roleRequests;

    @Override
    public List<HomeCard> cards() {
        List<HomeCard> cards = new ArrayList<>();
        if (user.isAdmin()) {
            cards.add(HomeCard.figure("active-accounts", Area.ADMINISTRATION, 20, FacesTexts.text("home.card.activeAccounts"),
                    accounts.countActive(), new HomeCard.Link("/admin/users.xhtml", FacesTexts.text("home.card.activeAccounts.link"))));
            long pending = roleRequests.countPending();
            if (pending > 0) {
                cards.add(HomeCard.figure("role-requests-review", Area.ADMINISTRATION, 10, FacesTexts.text("home.card.roleReview"),
                        pending, new HomeCard.Link("/inbox/index.xhtml", FacesTexts.text("home.card.roleReview.link"))));
            }
        }
        if (user.isParticipant()) {
            long mine = roleRequests.countPendingOf(user.getUsername());
            if (mine > 0) {
                cards.add(HomeCard.figure("role-requests", Area.MY_TRAINING, 40, FacesTexts.text("home.card.myRoleRequests"), mine,
                        new HomeCard.Link("/account/role-request.xhtml", FacesTexts.text("home.card.myRoleRequests.link"))));
            }
        }
        return cards;
    }
}
