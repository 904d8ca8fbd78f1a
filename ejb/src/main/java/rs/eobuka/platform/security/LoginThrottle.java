package rs.eobuka.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    static final int MAX_ADDRESSES = 100_000;

    private record Window(Instant start, int failures) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int maxFailures = Integer.getInteger("eobuka.login.failures-per-address", 20);

    /** How long the address must wait before its next password check; empty when it may try now. */
    public Optional<Duration> retryAfter(String address, Instant now) {
        Window window = windows.get(key(address));
        if (window == null || !now.isBefore(window.start().plus(WINDOW)) || window.failures() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.start().plus(WINDOW)));
    }

    public void failed(String address, Instant now) {
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        windows.merge(key(address), new Window(now, 1), (old, first) -> now.isBefore(old.start().plus(WINDOW))
                ? new Window(old.start(), old.failures() + 1) : first);
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
