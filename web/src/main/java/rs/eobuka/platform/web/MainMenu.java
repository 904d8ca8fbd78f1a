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
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;
import rs.eobuka.account.Role;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * The main menu of every page ({@code WEB-INF/templates/main.xhtml}): "Home", then one submenu per
 * {@link Area} holding the destinations the features contribute ({@link MenuContribution}) that
 * the current user may use. An area with none of them is left out, so a participant never sees
 * "Organize". The page being shown is marked ({@code nav-current}) and so is its area.
 */
@Named
@RequestScoped
public class MainMenu {

    public static final String CURRENT = "nav-current";

    @Inject
    CurrentUser user;

    @Inject
    @Any
    Instance<MenuContribution> contributions;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
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

    private MenuModel build() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        DefaultMenuModel menu = new DefaultMenuModel();
        menu.getElements().add(item("nav-home", "nav.home", "/index", viewId));
        visibleItems().forEach((area, items) -> {
            boolean here = items.stream().anyMatch(i -> isCurrent(i.outcome(), viewId));
            DefaultSubMenu submenu = DefaultSubMenu.builder()
                    .id(area.menuId())
                    .label(FacesTexts.text(area.labelKey()))
                    .styleClass(here ? "nav-area " + CURRENT : "nav-area")
                    .build();
            items.forEach(i -> submenu.getElements().add(item(i.id(), i.labelKey(), i.outcome(), viewId)));
            menu.getElements().add(submenu);
        });
        return menu;
    }

    private static DefaultMenuItem item(String id, String labelKey, String outcome, String viewId) {
        return DefaultMenuItem.builder()
                .id(id)
                .value(FacesTexts.text(labelKey))
                .outcome(outcome)
                .styleClass(isCurrent(outcome, viewId) ? CURRENT : null)
                .build();
    }

    private static boolean isCurrent(String outcome, String viewId) {
        return (outcome + ".xhtml").equals(viewId);
    }
}
