package rs.eobuka.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.Dates;
import rs.eobuka.platform.web.HomeCard;
import rs.eobuka.platform.web.HomeCardProvider;
import rs.eobuka.session.SessionFilter;
import rs.eobuka.session.SessionService;
import rs.eobuka.session.SessionSort;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.TrainingSession;

/**
 * Organizers' session cards: the published sessions of this week (Monday to Sunday) with how
 * full each is, and their own proposals still under review or returned for revision.
 */
@RequestScoped
public class SessionHomeCards implements HomeCardProvider {

    /** The week card lists this many sessions, soonest first; the rest is counted. */
    static final int SHOWN = 5;

    @Inject
    CurrentUser user;

    @Inject
    SessionService sessions;

    @Inject
    Dates dates;

    @Override
    public List<HomeCard> cards() {
        if (!user.isOrganizer()) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        thisWeek(cards);
        long proposals = sessions.countProposedBy(user.getUsername());
        if (proposals > 0) {
            cards.add(HomeCard.figure("my-proposals", Area.ORGANIZE, 40, FacesTexts.text("home.card.myProposals"), proposals,
                    new HomeCard.Link("/organizer/sessions.xhtml", FacesTexts.text("home.card.myProposals.link"))));
        }
        return cards;
    }

    private void thisWeek(List<HomeCard> cards) {
        LocalDate today = SessionService.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        SessionFilter week = new SessionFilter(null, null, null, null, monday, monday.plusDays(6), false,
                Set.of(SessionStatus.PUBLISHED));
        List<TrainingSession> shown = sessions.find(week, SessionSort.STARTS_AT, true, 0, SHOWN);
        if (shown.isEmpty()) {
            return;
        }
        boolean cyrillic = FacesTexts.language().isCyrillic();
        List<HomeCard.Item> items = shown.stream().map(s -> new HomeCard.Item(
                s.getTraining().title(FacesTexts.language()),
                FacesTexts.text("home.card.sessionsThisWeek.detail", dates.formatLocal(s.getStartsAt()), s.getLsgu().name(cyrillic),
                        s.getSeatsTaken(), s.getCapacity(), Math.round(100.0 * s.getSeatsTaken() / s.getCapacity())),
                "/organizer/roster.xhtml?session=" + s.getId())).toList();
        HomeCard card = HomeCard.list("sessions-this-week", Area.ORGANIZE, 30, FacesTexts.text("home.card.sessionsThisWeek"), items,
                new HomeCard.Link("/organizer/sessions.xhtml", FacesTexts.text("home.card.sessionsThisWeek.link")));
        long more = shown.size() < SHOWN ? 0 : sessions.count(week) - shown.size();
        cards.add(more > 0 ? card.withSecondary(FacesTexts.text("home.card.more", more), false) : card);
    }
}
