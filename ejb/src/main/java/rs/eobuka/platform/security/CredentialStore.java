package rs.eobuka.platform.security;

import java.util.Optional;

/**
 * Where {@link CredentialService} finds the stored credential of a username, in the caller's
 * transaction (a failed attempt is recorded on it). The account feature provides the one bean.
 */
public interface CredentialStore {

    Optional<? extends Credential> find(String username);
}
