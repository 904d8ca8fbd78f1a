package rs.eobuka.platform.web;

import java.util.List;

/**
 * A feature's destinations in the main menu. Implementations are CDI beans in the feature's own
 * {@code web} package; the menu ({@link MainMenu}) finds them all, so a new workflow adds its
 * pages to the menu without editing the template.
 *
 * <p>A page that belongs to different areas for different roles (the task inbox: under
 * "organize" for an organizer, under "evaluate" for an evaluator) is contributed once per area
 * with the same id and the roles of each; a user who qualifies for several sees it once, in the
 * first of those areas in {@link Area}'s order.
 */
public interface MenuContribution {

    List<MenuItem> menuItems();
}
