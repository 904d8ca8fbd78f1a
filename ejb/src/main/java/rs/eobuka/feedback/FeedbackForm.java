package rs.eobuka.feedback;

import java.time.LocalDateTime;

/** What a respondent sees: the questions, what they are about, until when, and whether it is anonymous. */
public record FeedbackForm(long surveyId, Questionnaire questionnaire, String title, LocalDateTime deadline, boolean anonymous,
                           boolean publicSurvey) {
}
