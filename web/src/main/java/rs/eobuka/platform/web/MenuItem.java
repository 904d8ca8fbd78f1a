package rs.eobuka.platform.web;

import java.util.Objects;
import java.util.Set;
import rs.eobuka.platform.security.Role;

/**
 * One destination of the main menu, contributed by the feature that owns the page through a
 * {@link MenuContribution}.
 *
 * @param area     the group it is shown in
 * @param order    its place within the group (smaller first)
 * @param id       the link's element id, stable for browser tests (e.g. {@code nav-inbox})
 * @param labelKey the message key of its text
 * @param outcome  the page, as a Faces outcome (e.g. {@code /inbox/index})
 * @param audience who sees it
 * @param roles    for {@link Audience#ROLES}: the roles that see it
 */
public record MenuItem(Area area, int order, String id, String labelKey, String outcome, Audience audience, Set<Role> roles) {

    /** Who a menu item is for. */
    public enum Audience {
        /** Everyone, signed in or not. */
        EVERYONE,
        /** Every signed-in user. */
        SIGNED_IN,
        /** Signed-in users holding one of the item's roles. */
        ROLES
    }

    public MenuItem {
        Objects.requireNonNull(area);
        Objects.requireNonNull(id);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(audience);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static MenuItem forEveryone(Area area, int order, String id, String labelKey, String outcome) {
        return new MenuItem(area, order, id, labelKey, outcome, Audience.EVERYONE, Set.of());
    }

    public static MenuItem forSignedIn(Area area, int order, String id, String labelKey, String outcome) {
        return new MenuItem(area, order, id, labelKey, outcome, Audience.SIGNED_IN, Set.of());
    }

    public static MenuItem forRoles(Area area, int order, String id, String labelKey, String outcome, Role... roles) {
        return new MenuItem(area, order, id, labelKey, outcome, Audience.ROLES, Set.of(roles));
    }

    /** Whether a visitor (signed in or not, with these roles) sees it. */
    public boolean isVisibleTo(boolean signedIn, Set<Role> userRoles) {
        return switch (audience) {
            case EVERYONE -> true;
            case SIGNED_IN -> signedIn;
            case ROLES -> signedIn && roles.stream().anyMatch(userRoles::contains);
        };
    }
}
