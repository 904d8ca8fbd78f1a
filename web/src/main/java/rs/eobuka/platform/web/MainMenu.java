package rs.eobuka.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * The main menu of every page ({@code WEB-INF/templates/main.xhtml}): "Home", then one submenu per
 * {@link Area} holding the destinations the features contribute ({@link MenuContribution}) that
 * the current user may use. An area with none of them is left out, so a participant never sees
 * "Organize". The page being shown is marked ({@code nav-current}) and so is its area. The
 * template builds PrimeFaces menu components from these groups (not a {@code MenuModel}, whose
 * items are rendered without their ids, on which the browser tests rely).
 */
@Named
@RequestScoped
public class MainMenu {

    @Inject
    CurrentUser user;

    @Inject
    @Any
    Instance<MenuContribution> contributions;

    private List<Group> groups;

    /** One area of the menu as the template shows it. */
    public record Group(String id, String label, boolean current, List<Link> items) {
        public String getId() { return id; }
        public String getLabel() { return label; }
        public boolean isCurrent() { return current; }
        public List<Link> getItems() { return items; }
    }

    /** One link of the menu as the template shows it. */
    public record Link(String id, String label, String outcome, boolean current) {
        public String getId() { return id; }
        public String getLabel() { return label; }
        public String getOutcome() { return outcome; }
        public boolean isCurrent() { return current; }
    }

    /** The areas this user may use, each with its links, in menu order. */
    public List<Group> getGroups() {
        if (groups == null) {
            String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
            groups = visibleItems().entrySet().stream().map(e -> {
                List<Link> links = e.getValue().stream()
                        .map(i -> new Link(i.id(), FacesTexts.text(i.labelKey()), i.outcome(), isCurrent(i.outcome(), viewId)))
                        .toList();
                return new Group(e.getKey().menuId(), FacesTexts.text(e.getKey().labelKey()), links.stream().anyMatch(Link::current), links);
            }).toList();
        }
        return groups;
    }

    /** Whether Home is the page being shown. */
    public boolean isHomeCurrent() {
        return isCurrent("/index", FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }

    /** The destinations this user sees, by area in menu order, each destination once. */
    public Map<Area, List<MenuItem>> visibleItems() {
        boolean signedIn = user.isSignedIn();
        Set<Role> roles = signedIn
                ? user.getGroups().stream().map(Role::fromGroup).flatMap(java.util.Optional::stream).collect(Collectors.toSet())
                : Set.of();
        Map<String, MenuItem> byId = new LinkedHashMap<>();
        contributions.stream().flatMap(c -> c.menuItems().stream())
                .filter(item -> item.isVisibleTo(signedIn, roles))
                .sorted(Comparator.comparing(MenuItem::area).thenComparingInt(MenuItem::order))
                .forEach(item -> byId.putIfAbsent(item.id(), item));
        Map<Area, List<MenuItem>> areas = new LinkedHashMap<>();
        for (Area area : Area.values()) {
            List<MenuItem> items = byId.values().stream().filter(i -> i.area() == area).toList();
            if (!items.isEmpty()) {
                areas.put(area, items);
            }
        }
        return areas;
    }

    private static boolean isCurrent(String outcome, String viewId) {
        return (outcome + ".xhtml").equals(viewId);
    }
}
