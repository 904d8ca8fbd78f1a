package rs.eobuka.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a verified username and password for a minute, as Elytron's caching realm does,
 * so a busy API client does not pay 600,000 PBKDF2 rounds on every request. Only a SHA-256 of
 * the password is kept. Role changes and disabling clear the cache.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String passwordDigest, Set<String> groups, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<Set<String>> lookup(String username, String password, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null || now.isAfter(entry.expires())
                || !MessageDigest.isEqual(entry.passwordDigest().getBytes(StandardCharsets.US_ASCII),
                        digest(password).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(entry.groups());
    }

    public void remember(String username, String password, Set<String> groups, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> now.isAfter(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(digest(password), Set.copyOf(groups), now.plus(TTL)));
    }

    /** After a failed login the account may lock: its next login must see the database. */
    public void forget(String username) {
        entries.remove(username);
    }

    public void invalidateAll() {
        entries.clear();
    }

    private static String digest(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
