package rs.eobuka.feedback;

import java.time.LocalDateTime;

/** The feedback step of a registration: invited, and whether answered or still open until the deadline. */
public record FeedbackStep(long invitationId, boolean answered, boolean open, LocalDateTime deadline) {
}
