package rs.eobuka.feedback;

import java.time.LocalDateTime;

/**
 * How a survey runs: its deadline, the days after the invitations when those who have not
 * answered are reminded, and whether answers stay anonymous (the default) or carry the name.
 */
public record SurveySettings(LocalDateTime deadline, int firstReminderDays, int secondReminderDays, boolean anonymous) {

    public static final int DEFAULT_DAYS_OPEN = 14;
    public static final int DEFAULT_FIRST_REMINDER_DAYS = 3;
    public static final int DEFAULT_SECOND_REMINDER_DAYS = 7;

    /** The programme's defaults, configurable with {@code eobuka.feedback.*} system properties. */
    public static SurveySettings defaults(LocalDateTime openedAt) {
        return new SurveySettings(openedAt.plusDays(days("eobuka.feedback.days-open", DEFAULT_DAYS_OPEN)),
                days("eobuka.feedback.first-reminder-days", DEFAULT_FIRST_REMINDER_DAYS),
                days("eobuka.feedback.second-reminder-days", DEFAULT_SECOND_REMINDER_DAYS), true);
    }

    public SurveySettings withDeadline(LocalDateTime newDeadline) {
        return new SurveySettings(newDeadline, firstReminderDays, secondReminderDays, anonymous);
    }

    public SurveySettings withAnonymous(boolean isAnonymous) {
        return new SurveySettings(deadline, firstReminderDays, secondReminderDays, isAnonymous);
    }

    private static int days(String property, int fallback) {
        return Integer.getInteger(property, fallback);
    }
}
