/**
 * What every page shares, and the two places where features plug into it: the main menu
 * ({@link rs.eobuka.platform.web.MenuContribution}, {@link rs.eobuka.platform.web.MainMenu},
 * grouped by {@link rs.eobuka.platform.web.Area}) and the signed-in home page's cards
 * ({@link rs.eobuka.platform.web.HomeCardProvider}). A feature implements them as CDI beans in its
 * own {@code web} package, so a new workflow adds its pages and cards without editing the template
 * or the home page. Also: dates as Serbia reads them and the lazy table model over paged services.
 */
package rs.eobuka.platform.web;
