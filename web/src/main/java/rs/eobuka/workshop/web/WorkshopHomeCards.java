package rs.eobuka.workshop.web;

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
import rs.eobuka.workshop.WorkshopFilter;
import rs.eobuka.workshop.WorkshopRequest;
import rs.eobuka.workshop.WorkshopRequestSearch;
import rs.eobuka.workshop.WorkshopRequestService;
import rs.eobuka.workshop.WorkshopStatus;

/**
 * Workshop cards: for a requester, the proposed slots waiting for their answer (each opens the
 * answer form); for organizers, the requests waiting for triage.
 */
@RequestScoped
public class WorkshopHomeCards implements HomeCardProvider {

    static final int SHOWN = 3;

    @Inject
    CurrentUser user;

    @Inject
    WorkshopRequestSearch search;

    @Inject
    WorkshopRequestService requests;

    @Inject
    Dates dates;

    @Override
    public List<HomeCard> cards() {
        if (!user.isSignedIn()) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        if (user.isParticipant()) {
            answers(cards);
        }
        if (user.isOrganizer()) {
            triage(cards);
        }
        return cards;
    }

    private void answers(List<HomeCard> cards) {
        WorkshopFilter proposed = new WorkshopFilter(user.getUsername(), WorkshopStatus.PROPOSED, null, null);
        List<WorkshopRequest> waiting = search.find(proposed, 0, SHOWN);
        List<HomeCard.Item> items = new ArrayList<>();
        for (WorkshopRequest request : waiting) {
            String task = requests.answerTaskOf(request, user.getUsername());
            if (task != null) {
                items.add(new HomeCard.Item(FacesTexts.text("topic." + request.getTopic().name()),
                        FacesTexts.text("home.card.workshopAnswers.detail", dates.formatLocal(request.getProposedStart()),
                                request.getOrganisationName()),
                        "/tasks/workshop-answer.xhtml?taskId=" + task));
            }
        }
        if (items.isEmpty()) {
            return;
        }
        HomeCard card = HomeCard.list("workshop-answers", Area.MY_TRAINING, 30, FacesTexts.text("home.card.workshopAnswers"), items,
                new HomeCard.Link("/workshops/mine.xhtml", FacesTexts.text("workshop.mine.title")));
        long more = waiting.size() < SHOWN ? 0 : search.count(proposed) - waiting.size();
        cards.add(more > 0 ? card.withSecondary(FacesTexts.text("home.card.more", more), false) : card);
    }

    private void triage(List<HomeCard> cards) {
        long submitted = search.count(new WorkshopFilter(null, WorkshopStatus.SUBMITTED, null, null));
        if (submitted > 0) {
            cards.add(HomeCard.figure("workshop-triage", Area.ORGANIZE, 40, FacesTexts.text("home.card.workshopTriage"), submitted,
                    new HomeCard.Link("/organizer/workshops.xhtml", FacesTexts.text("workshop.list.title"))));
        }
    }
}
