package rs.eobuka.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current security stamp of each account, which a signed-in session compares with the one it
 * started with on every request: disabling an account or taking a role away ends its sessions at
 * once, not when they time out. Kept in memory for half a minute, so a request costs a map look-up;
 * a change made on this node is seen at its commit, one made on another node within {@link #TTL}.
 */
@ApplicationScoped
public class SessionStamps {

    static final Duration TTL = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 10_000;
    /** The stamp of an account that no longer exists: no session matches it. */
    static final long GONE = -1;

    private record Entry(long stamp, long loadedAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    CredentialStore store;

    public long current(String username) {
        long now = System.nanoTime();
        Entry entry = entries.get(username);
        if (entry == null || now - entry.loadedAt() > TTL.toNanos()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            // compute: a commit's forget() waits for a load in progress, so an old stamp is never kept after it
            entry = entries.compute(username, (name, old) -> new Entry(
                    store.find(name).map(Credential::getSecurityStamp).orElse(GONE), now));
        }
        return entry.stamp();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecurityStampChanged changed) {
        entries.remove(changed.username());
    }
}
