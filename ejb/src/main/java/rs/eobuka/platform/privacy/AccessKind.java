package rs.eobuka.platform.privacy;

/** What personal data a view showed: its subject is named by the kind's prefix and an id. */
public enum AccessKind {
    /** A session's roster: {@code session:<id>}. */
    ROSTER,
    /** One participant's details, in a registration's approval: {@code account:<id>}. */
    PARTICIPANT,
    /** The admins' list of users, a page of it: {@code users:<role or all>@<offset>}. */
    USER_LIST,
    /** Everything kept about a person, downloaded: {@code account:<id>}. */
    DATA_EXPORT;

    public String messageKey() {
        return "privacy.access.kind." + name();
    }
}
