package rs.eobuka.platform.web;

/**
 * The areas of work that group the main menu and order the home page's cards, in the order
 * they are shown. A feature places its pages and cards in an area; the menu shows an area only
 * to a user who may use one of its pages.
 */
public enum Area {
    CATALOGUE("nav.area.catalogue"),
    MY_TRAINING("nav.area.myTraining"),
    ORGANIZE("nav.area.organize"),
    EVALUATE("nav.area.evaluate"),
    JURY("nav.area.jury"),
    ADMINISTRATION("nav.area.administration");

    private final String labelKey;

    Area(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The area's submenu id in the main menu, e.g. {@code nav-area-organize}. */
    public String menuId() {
        return "nav-area-" + name().toLowerCase().replace("_", "-");
    }
}
