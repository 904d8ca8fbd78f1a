package rs.eobuka.feedback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the {@code feedback-collection} process and its variables, written once. */
public final class FeedbackVariables {

    public static final String PROCESS_KEY = "feedback-collection";
    public static final String SURVEY_ID = "surveyId";
    public static final String BY_INVITATION = "byInvitation";
    public static final String FIRST_REMINDER_AT = "firstReminderAt";
    public static final String SECOND_REMINDER_AT = "secondReminderAt";
    public static final String DEADLINE = "deadline";

    private FeedbackVariables() {
    }

    public static long surveyId(DelegateExecution execution) {
        return ((Number) execution.getVariable(SURVEY_ID)).longValue();
    }
}
