package rs.eobuka.registration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.Dates;
import rs.eobuka.platform.web.HomeCard;
import rs.eobuka.platform.web.HomeCardProvider;
import rs.eobuka.registration.ApprovalBacklog;
import rs.eobuka.registration.MyTrainingService;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationApprovalService;
import rs.eobuka.session.TrainingSession;

/**
 * Registration cards: for anyone signed in, their next sessions (date, place, status) and their
 * certificates; for organizers, the registrations waiting for approval and how many are overdue.
 */
@RequestScoped
public class RegistrationHomeCards implements HomeCardProvider {

    /** A card lists this many; the rest is counted on its secondary line. */
    static final int SHOWN = 3;

    @Inject
    CurrentUser user;

    @Inject
    MyTrainingService myTraining;

    @Inject
    RegistrationApprovalService approvals;

    @Inject
    Dates dates;

    @Override
    public List<HomeCard> cards() {
        if (!user.isSignedIn()) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        nextSessions(cards);
        certificates(cards);
        if (user.isOrganizer()) {
            approvals(cards);
        }
        return cards;
    }

    private void nextSessions(List<HomeCard> cards) {
        List<Registration> next = myTraining.upcoming(user.getUsername(), SHOWN);
        if (next.isEmpty()) {
            return;
        }
        List<HomeCard.Item> items = next.stream().map(r -> {
            TrainingSession s = r.getSession();
            return new HomeCard.Item(s.getTraining().title(FacesTexts.language()),
                    FacesTexts.text("home.card.nextSessions.detail", dates.formatLocal(s.getStartsAt()),
                            s.getLsgu().name(FacesTexts.language().isCyrillic()),
                            FacesTexts.text("registrationStatus." + r.getStatus().name())),
                    "/registrations/registration.xhtml?id=" + r.getId());
        }).toList();
        HomeCard card = HomeCard.list("next-sessions", Area.MY_TRAINING, 10, FacesTexts.text("home.card.nextSessions"), items,
                new HomeCard.Link("/registrations/index.xhtml", FacesTexts.text("home.card.nextSessions.link")));
        long more = next.size() < SHOWN ? 0 : myTraining.countUpcoming(user.getUsername()) - next.size();
        cards.add(more > 0 ? card.withSecondary(FacesTexts.text("home.card.more", more), false) : card);
    }

    private void certificates(List<HomeCard> cards) {
        List<Registration> earned = myTraining.certificates(user.getUsername(), SHOWN);
        if (earned.isEmpty()) {
            return;
        }
        List<HomeCard.Item> items = earned.stream().map(r -> new HomeCard.Item(
                r.getSession().getTraining().title(FacesTexts.language()),
                FacesTexts.text("home.card.certificates.detail", dates.formatLocal(r.getSession().getStartsAt())),
                "/registrations/certificate?id=" + r.getId())).toList();
        HomeCard card = HomeCard.list("certificates", Area.MY_TRAINING, 20, FacesTexts.text("home.card.certificates"), items,
                new HomeCard.Link("/registrations/index.xhtml", FacesTexts.text("home.card.nextSessions.link")));
        long more = earned.size() < SHOWN ? 0 : myTraining.countCertificates(user.getUsername()) - earned.size();
        cards.add(more > 0 ? card.withSecondary(FacesTexts.text("home.card.more", more), false) : card);
    }

    private void approvals(List<HomeCard> cards) {
        ApprovalBacklog backlog = approvals.backlog();
        if (backlog.waiting() == 0) {
            return;
        }
        HomeCard card = HomeCard.figure("approvals", Area.ORGANIZE, 20, FacesTexts.text("home.card.approvals"), backlog.waiting(),
                new HomeCard.Link("/inbox/index.xhtml", FacesTexts.text("home.card.approvals.link")));
        cards.add(backlog.overdue() == 0 ? card
                : card.withSecondary(FacesTexts.text("home.card.approvals.overdue", backlog.overdue()), true));
    }
}
