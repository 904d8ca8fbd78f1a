package rs.eobuka.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts what each network address does in fixed windows and says how long an address that
 * reached its limit must wait for the window to end. Kept in memory, per server node; at most
 * {@value #MAX_ADDRESSES} addresses, ended windows dropped first.
 */
public final class AddressLimit {

    static final int MAX_ADDRESSES = 100_000;

    private record Window(Instant start, int count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Duration window;
    private final int limit;

    public AddressLimit(Duration window, int limit) {
        this.window = window;
        this.limit = limit;
    }

    /** How long the address must wait before it may act again; empty when it may act now. */
    public Optional<Duration> retryAfter(String address, Instant now) {
        Window current = windows.get(key(address));
        if (current == null || !now.isBefore(current.start().plus(window)) || current.count() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.start().plus(window)));
    }

    /** Counts one act of the address; the first after a window ended opens the next. */
    public void count(String address, Instant now) {
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        windows.merge(key(address), new Window(now, 1), (old, first) -> now.isBefore(old.start().plus(window))
                ? new Window(old.start(), old.count() + 1) : first);
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
