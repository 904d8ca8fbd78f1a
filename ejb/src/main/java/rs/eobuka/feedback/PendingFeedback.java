package rs.eobuka.feedback;

import java.time.LocalDateTime;

/** A questionnaire waiting for a participant, for their own pages. */
public record PendingFeedback(long invitationId, long surveyId, Long registrationId, String title, LocalDateTime deadline) {
}
