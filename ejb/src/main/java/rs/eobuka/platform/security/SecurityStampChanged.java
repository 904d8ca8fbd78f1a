package rs.eobuka.platform.security;

/**
 * What an account may do changed (disabled, erased, roles replaced, password set): fired in the
 * changing transaction, so that {@link SessionStamps} forgets the old stamp once it commits.
 */
public record SecurityStampChanged(String username) {
}
