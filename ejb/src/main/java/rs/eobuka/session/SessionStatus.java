package rs.eobuka.session;

/** Where a session stands in its approval: only published sessions are in the catalogue and take registrations. */
public enum SessionStatus {
    PROPOSED,
    RETURNED,
    PUBLISHED,
    CANCELLED
}
