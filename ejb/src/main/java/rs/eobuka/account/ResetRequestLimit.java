package rs.eobuka.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import rs.eobuka.platform.security.AddressLimit;

/**
 * Reset-link requests per network address: at most {@code eobuka.password-reset.requests-per-address}
 * (10) an hour. One account gets a link at most every two minutes already; this keeps one
 * address from sending links to many accounts' mailboxes, and from trying address after address.
 */
@ApplicationScoped
public class ResetRequestLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    private final AddressLimit requests = new AddressLimit(WINDOW, Integer.getInteger("eobuka.password-reset.requests-per-address", 10));

    /** How long the address must wait; empty when it may ask now, which counts its request. */
    public Optional<Duration> take(String address, Instant now) {
        Optional<Duration> wait = requests.retryAfter(address, now);
        if (wait.isEmpty()) {
            requests.count(address, now);
        }
        return wait;
    }
}
