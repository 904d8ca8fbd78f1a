package rs.eobuka.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Limits failed sign-ins per network address: after {@code eobuka.login.failures-per-address}
 * (20) failures within {@link #WINDOW}, that address's password checks wait until the window
 * ends (429 with {@code Retry-After} for the API, a message on the login page). Every check costs
 * 600,000 PBKDF2 rounds, so one address guessing passwords could otherwise keep the server's
 * CPU busy, and it could lock account after account. Only checks that reach the password count:
 * a client whose credentials the cache knows is never held back. Kept per server node.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final AddressLimit failures = new AddressLimit(WINDOW, Integer.getInteger("eobuka.login.failures-per-address", 20));

    /** How long the address must wait before its next password check; empty when it may try now. */
    public Optional<Duration> retryAfter(String address, Instant now) {
        return failures.retryAfter(address, now);
    }

    public void failed(String address, Instant now) {
        failures.count(address, now);
    }
}
