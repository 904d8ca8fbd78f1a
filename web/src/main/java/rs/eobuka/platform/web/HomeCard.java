package rs.eobuka.platform.web;

import java.util.List;
import java.util.Objects;

/**
 * One card of a signed-in user's home page: a title, then a main figure or a short list of items,
 * an optional secondary line (e.g. "4 overdue") and a link to the page where the work is done.
 * Texts are already in the page's language; the home page only lays the cards out.
 *
 * @param id        stable element id for browser tests (e.g. {@code next-sessions}); the figure
 *                  is {@code <id>-count}, the link {@code <id>-link}
 * @param area      the area it belongs to, which orders the cards
 * @param order     its place within the area (smaller first)
 * @param title     the card's heading
 * @param figure    the main figure, or null for a card that lists items
 * @param items     a short list (at most a few), empty for a figure card
 * @param secondary a line under the figure or list, or null
 * @param alert     whether the secondary line asks for attention (shown in the warning style)
 * @param link      where to act on it, or null
 */
public record HomeCard(String id, Area area, int order, String title, Long figure, List<Item> items,
                       String secondary, boolean alert, Link link) {

    /** One line of a list card: a text, a detail under it (date and place), and where it leads. */
    public record Item(String text, String detail, String href) {
        public String getText() { return text; }
        public String getDetail() { return detail; }
        public String getHref() { return href; }
    }

    /** A link to a page of the application: its path inside the application, with any query. */
    public record Link(String path, String label) {
        public String getPath() { return path; }
        public String getLabel() { return label; }
    }

    public HomeCard {
        Objects.requireNonNull(id);
        Objects.requireNonNull(area);
        Objects.requireNonNull(title);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A card showing one figure. */
    public static HomeCard figure(String id, Area area, int order, String title, long figure, Link link) {
        return new HomeCard(id, area, order, title, figure, List.of(), null, false, link);
    }

    /** A card listing a few items. */
    public static HomeCard list(String id, Area area, int order, String title, List<Item> items, Link link) {
        return new HomeCard(id, area, order, title, null, items, null, false, link);
    }

    /** This card with a secondary line; {@code alert} marks it as asking for attention. */
    public HomeCard withSecondary(String text, boolean asAlert) {
        return new HomeCard(id, area, order, title, figure, items, text, asAlert, link);
    }

    public boolean isList() {
        return figure == null;
    }

    // getters for EL: Jakarta EL 5 does not read record components
    public String getId() { return id; }
    public String getTitle() { return title; }
    public Long getFigure() { return figure; }
    public List<Item> getItems() { return items; }
    public String getSecondary() { return secondary; }
    public boolean isAlert() { return alert; }
    public Link getLink() { return link; }
}
