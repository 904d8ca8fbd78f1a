package rs.eobuka.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxStatus;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.HomeCard;
import rs.eobuka.platform.web.HomeCardProvider;

/**
 * For admins: mail the outbox gave up on after its last retry, which they can send again from
 * the sent-mail page ({@code admin/outbox.xhtml}, beside the other account pages).
 */
@RequestScoped
public class MailHomeCards implements HomeCardProvider {

    @Inject
    CurrentUser user;

    @Inject
    MailOutbox outbox;

    @Override
    public List<HomeCard> cards() {
        if (!user.isAdmin()) {
            return List.of();
        }
        long failed = outbox.count(OutboxStatus.FAILED);
        if (failed == 0) {
            return List.of();
        }
        return List.of(HomeCard.figure("failed-mail", Area.ADMINISTRATION, 30, FacesTexts.text("home.card.failedMail"), failed,
                        new HomeCard.Link("/admin/outbox.xhtml", FacesTexts.text("home.card.failedMail.link")))
                .withSecondary(FacesTexts.text("home.card.failedMail.hint"), true));
    }
}
