package rs.eobuka.platform.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a username and password against the stored credentials ({@link CredentialStore}): PBKDF2 hashes, throttling of
 * repeated failures (the account locks for a growing while), and the short credential cache.
 */
@Stateless
public class CredentialService {

    /** Hashed once, so an unknown username costs as much time as a wrong password. */
    private static final String DECOY_HASH = PasswordHasher.hash("decoy-password-for-timing".toCharArray());

    @Inject
    CredentialStore store;

    @Inject
    CredentialCache cache;

    public LoginOutcome check(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return LoginOutcome.invalid();
        }
        Instant now = Instant.now();
        Optional<Set<String>> cached = cache.lookup(username, password, now);
        if (cached.isPresent()) {
            return LoginOutcome.valid(cached.get());
        }
        Credential account = store.find(username).orElse(null);
        if (account == null) {
            PasswordHasher.matches(password.toCharArray(), DECOY_HASH);
            return LoginOutcome.invalid();
        }
        if (account.isLocked(now)) {
            return LoginOutcome.locked();
        }
        if (!PasswordHasher.matches(password.toCharArray(), account.getPasswordHash())) {
            cache.forget(username);
            account.recordFailedLogin(now);
            return account.isLocked(now) ? LoginOutcome.locked() : LoginOutcome.invalid();
        }
        if (!account.canLogIn(now)) {
            return LoginOutcome.invalid();
        }
        if (account.getFailedLogins() > 0) {
            account.recordSuccessfulLogin();
        }
        Set<String> groups = account.getRoles().stream().map(Role::group).collect(Collectors.toSet());
        cache.remember(username, password, groups, now);
        return LoginOutcome.valid(groups);
    }
}
