package rs.eobuka.session;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import rs.eobuka.account.Account;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.security.Role;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.Programme;

/**
 * Sessions, trainings and accounts for plain unit tests, built as the application builds them;
 * reference data and generated ids, which only the database writes, are set by reflection.
 */
public final class SessionFixtures {

    public static final Instant NOW = Instant.parse("2026-11-16T08:00:00Z");
    public static final LocalDateTime START = LocalDateTime.parse("2026-11-24T10:00");

    private SessionFixtures() {
    }

    public static Training training() {
        Training training = new Training(new Programme("Lokalna eUprava", NOW), NOW);
        training.describe(new TrainingText("Elektronsko kancelarijsko poslovanje", "Електронско канцеларијско пословање",
                        "Electronic office work", "Opis obuke", "Опис обуке", "About the training"),
                6, Set.of(Topic.ELECTRONIC_OFFICE), Set.of(OrganisationType.LSGU));
        return training;
    }

    public static LocalSelfGovernmentUnit kragujevac() {
        LocalSelfGovernmentUnit unit = instantiate(LocalSelfGovernmentUnit.class);
        set(unit, "code", "70645");
        set(unit, "nameLatn", "Kragujevac");
        set(unit, "nameCyrl", "Крагујевац");
        return unit;
    }

    /** A proposed session with the given capacity, planned by {@code organizer}. */
    public static TrainingSession proposed(int capacity, String organizer) {
        TrainingSession session = new TrainingSession(training(), organizer, NOW);
        session.plan(new SessionPlan(1L, "70645", "Gradska uprava Kragujevac, velika sala", "Trg slobode 3", START,
                START.plusHours(6), START.minusDays(2), capacity, null, "Marko Petrović", null), kragujevac());
        set(session, "id", 42L);
        return session;
    }

    /** A published session with the given capacity. */
    public static TrainingSession published(int capacity) {
        TrainingSession session = proposed(capacity, "organizer");
        session.recordReview("coordinator", null);
        session.publish(NOW);
        return session;
    }

    public static Account participant(String username, String fullName) {
        Account account = new Account(username, fullName, username + "@example.rs", "sr-Latn", EnumSet.of(Role.PARTICIPANT), NOW);
        account.describeWork("70645", OrganisationType.LSGU, null, null, null);
        set(account, "id", 7L);
        return account;
    }

    public static void set(Object target, String field, Object value) {
        try {
            Field f = findField(target.getClass(), field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static <T> T instantiate(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
