package rs.eobuka.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.HomeCard;
import rs.eobuka.platform.web.HomeCardProvider;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;

/**
 * index.xhtml: a visitor's public home (the catalogue's entry), or a signed-in user's cards,
 * gathered from every feature's {@link HomeCardProvider} and ordered by area. The page lays
 * them out and knows none of them; when no feature has anything for the user, the page says
 * that nothing is waiting.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentUser user;

    @Inject
    @Any
    Instance<HomeCardProvider> providers;

    @Inject
    LsguService lsgus;

    private List<HomeCard> cards;

    public List<HomeCard> getCards() {
        if (cards == null) {
            cards = user.isSignedIn()
                    ? providers.stream().flatMap(p -> p.cards().stream())
                            .sorted(Comparator.comparing(HomeCard::area).thenComparingInt(HomeCard::order)).toList()
                    : List.of();
        }
        return cards;
    }

    /** The public home's figure. */
    public long getMunicipalities() {
        return lsgus.count(LsguFilter.all());
    }
}
