package rs.eobuka.caravan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.caravan.CaravanService;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.Area;
import rs.eobuka.platform.web.HomeCard;
import rs.eobuka.platform.web.HomeCardProvider;

/** Today's caravan stops for their staff (organizers, and trainers of the stop), each leading to its Digital Corner tally. */
@RequestScoped
public class CaravanHomeCards implements HomeCardProvider {

    @Inject
    CurrentUser user;

    @Inject
    CaravanService caravan;

    @Override
    public List<HomeCard> cards() {
        if (!user.isSignedIn()) {
            return List.of();
        }
        List<CaravanEvent> today = caravan.todayFor(user.getUsername(), user.isOrganizer());
        if (today.isEmpty()) {
            return List.of();
        }
        boolean cyrillic = FacesTexts.language().isCyrillic();
        List<HomeCard.Item> items = today.stream().map(e -> new HomeCard.Item(e.getTitle(),
                FacesTexts.text("home.card.caravanToday.detail", e.getLsgu().name(cyrillic)),
                "/caravan/tally.xhtml?event=" + e.getId())).toList();
        Area area = user.isOrganizer() ? Area.ORGANIZE : Area.MY_TRAINING;
        return List.of(HomeCard.list("caravan-today", area, 5, FacesTexts.text("home.card.caravanToday"), items,
                new HomeCard.Link("/caravan/index.xhtml", FacesTexts.text("home.card.caravanToday.link"))));
    }
}
