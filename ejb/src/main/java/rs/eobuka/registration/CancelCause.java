package rs.eobuka.registration;

/** Who ended a registration early; the cancellation e-mail says so. */
public enum CancelCause {
    PARTICIPANT,
    ORGANIZER,
    SESSION_CANCELLED
}
