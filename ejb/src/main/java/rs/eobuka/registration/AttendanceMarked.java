package rs.eobuka.registration;

/** Fired when an organizer has marked attendance of a session, so that what follows from it (feedback) can catch up. */
public record AttendanceMarked(long sessionId, boolean attended) {
}
