package rs.eobuka.platform.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a username and password against the stored credentials ({@link CredentialStore}): PBKDF2 hashes, throttling of
 * repeated failures (the account locks for a growing while, except to a browser it signed in from before,
 * {@link TrustedDevices}; and an address that fails too often waits: {@link LoginThrottle}), and the
 * short credential cache.
 */
@Stateless
public class CredentialService {

    /** Hashed once, so an unknown username costs as much time as a wrong password. */
    private static final String DECOY_HASH = PasswordHasher.hash("decoy-password-for-timing".toCharArray());

    @Inject
    CredentialStore store;

    @Inject
    CredentialCache cache;

    @Inject
    LoginThrottle throttle;

    @Inject
    TrustedDevices devices;

    @Inject
    SecurityEvents events;

    /** Checks the credentials sent from this network address, by a client that shows no trusted-browser cookie. */
    public LoginOutcome check(String username, String password, String address) {
        return check(username, password, address, null);
    }

    /**
     * Checks the credentials sent from this network address; {@code deviceCookie} is the
     * client's {@link TrustedDevices#COOKIE}, if any, which lets it past the account's lock.
     */
    public LoginOutcome check(String username, String password, String address, String deviceCookie) {
        if (username == null || password == null || username.isBlank()) {
            return LoginOutcome.invalid();
        }
        Instant now = Instant.now();
        Optional<Set<String>> cached = cache.lookup(username, password, now);
        if (cached.isPresent()) {
            return LoginOutcome.valid(cached.get());
        }
        Optional<java.time.Duration> wait = throttle.retryAfter(address, now);
        if (wait.isPresent()) {
            events.log(SecurityEvents.Event.SIGN_IN_THROTTLED, "user", username, "address", address);
            return LoginOutcome.throttled(wait.get());
        }
        Credential account = store.find(username).orElse(null);
        if (account == null) {
            PasswordHasher.matches(password.toCharArray(), DECOY_HASH);
            throttle.failed(address, now);
            events.log(SecurityEvents.Event.SIGN_IN_FAILED, "user", username, "address", address, "reason", "unknown account");
            return LoginOutcome.invalid();
        }
        boolean trusted = account.isLocked(now) && devices.vouchesFor(deviceCookie, username, account.getSecurityStamp());
        if (account.isLocked(now) && !trusted) {
            throttle.failed(address, now);
            events.log(SecurityEvents.Event.SIGN_IN_LOCKED, "user", username, "address", address);
            return LoginOutcome.locked();
        }
        if (!PasswordHasher.matches(password.toCharArray(), account.getPasswordHash())) {
            cache.forget(username);
            failed(account, username, address, "wrong password", now);
            return account.isLocked(now) && !trusted ? LoginOutcome.locked() : LoginOutcome.invalid();
        }
        if (trusted) {
            // the owner is back, from a browser of theirs: the lock others' guesses caused ends
            account.recordSuccessfulLogin();
            events.log(SecurityEvents.Event.SIGN_IN_TRUSTED_BROWSER, "user", username, "address", address);
        }
        if (!account.canLogIn(now)) {
            events.log(SecurityEvents.Event.SIGN_IN_FAILED, "user", username, "address", address, "reason", "account not active");
            return LoginOutcome.invalid();
        }
        Set<String> groups = account.getRoles().stream().map(Role::group).collect(Collectors.toSet());
        if (account.getTwoFactorSecret() != null) {
            // never cached: each sign-in of such an account needs a fresh code
            events.log(SecurityEvents.Event.SIGN_IN_CODE_REQUIRED, "user", username, "address", address);
            return LoginOutcome.codeRequired(groups);
        }
        events.log(SecurityEvents.Event.SIGN_IN, "user", username, "address", address);
        if (account.getFailedLogins() > 0) {
            account.recordSuccessfulLogin();
        }
        cache.remember(username, password, groups, now);
        return LoginOutcome.valid(groups);
    }

    /**
     * The second step of a sign-in whose password was right ({@link LoginOutcome.Status#CODE_REQUIRED}):
     * the code from the account's authenticator app ({@link Totp}). A wrong code counts as a failed
     * sign-in, for the account's lock and the address's throttle alike.
     */
    public LoginOutcome checkCode(String username, String code, String address) {
        Instant now = Instant.now();
        Optional<java.time.Duration> wait = throttle.retryAfter(address, now);
        if (wait.isPresent()) {
            events.log(SecurityEvents.Event.SIGN_IN_THROTTLED, "user", username, "address", address);
            return LoginOutcome.throttled(wait.get());
        }
        Credential account = store.find(username).orElse(null);
        if (account != null && account.isLocked(now)) {
            events.log(SecurityEvents.Event.SIGN_IN_LOCKED, "user", username, "address", address);
            return LoginOutcome.locked();
        }
        if (account == null || account.getTwoFactorSecret() == null || !account.canLogIn(now)) {
            return LoginOutcome.invalid();
        }
        OptionalLong step = Totp.accept(account.getTwoFactorSecret(), code, now, account.getTwoFactorStep());
        if (step.isEmpty()) {
            failed(account, username, address, "wrong code", now);
            return account.isLocked(now) ? LoginOutcome.locked() : LoginOutcome.invalid();
        }
        account.acceptTwoFactorStep(step.getAsLong());
        if (account.getFailedLogins() > 0) {
            account.recordSuccessfulLogin();
        }
        events.log(SecurityEvents.Event.SIGN_IN, "user", username, "address", address, "with", "code");
        return LoginOutcome.valid(account.getRoles().stream().map(Role::group).collect(Collectors.toSet()));
    }

    /** A wrong password or code: it counts for the address's throttle and the account's lock. */
    private void failed(Credential account, String username, String address, String reason, Instant now) {
        throttle.failed(address, now);
        boolean wasLocked = account.isLocked(now);
        account.recordFailedLogin(now);
        events.log(SecurityEvents.Event.SIGN_IN_FAILED, "user", username, "address", address, "reason", reason);
        if (!wasLocked && account.isLocked(now)) {
            events.log(SecurityEvents.Event.ACCOUNT_LOCKED, "user", username, "address", address,
                    "failures", String.valueOf(account.getFailedLogins()));
        }
    }
}
