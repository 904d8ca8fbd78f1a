package rs.eobuka.account;

import rs.eobuka.platform.security.Role;

/** Search of the admin's user list: text in name, username or e-mail; a role; a status. */
public record AccountFilter(String text, Role role, AccountStatus status) {
}
