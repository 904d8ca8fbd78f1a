package rs.eobuka.registration;

/** Which registrations of a session the roster shows: one status (null: all) and a text in the person's name. */
public record RosterFilter(RegistrationStatus status, String name) {

    public static RosterFilter all() {
        return new RosterFilter(null, null);
    }
}
