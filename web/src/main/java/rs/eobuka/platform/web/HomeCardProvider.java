package rs.eobuka.platform.web;

import java.util.List;

/**
 * A feature's cards for the current user's home page. Implementations are CDI beans in the
 * feature's own {@code web} package (e.g. {@code registration.web.RegistrationHomeCards}) and
 * decide from the user's roles which cards apply; the home page finds them all, so a new
 * workflow adds its cards without editing the page.
 *
 * <p>Rules every provider keeps: each figure is counted, and each list paged, in the database
 * (never a whole table loaded to count it); a card with nothing to show is left out rather
 * than shown as a zero, so a user with no work sees the home page's "nothing waiting" card.
 */
public interface HomeCardProvider {

    /** The cards for the signed-in user of the current request; empty when none applies. */
    List<HomeCard> cards();
}
