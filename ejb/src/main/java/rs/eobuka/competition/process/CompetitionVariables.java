package rs.eobuka.competition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names the application shares with the {@code competition-entry} model. */
public final class CompetitionVariables {

    public static final String ENTRY_PROCESS_KEY = "competition-entry";

    public static final String COMPETITION_ID = "competitionId";
    public static final String ENTRY_ID = "entryId";
    public static final String CONFIRMATION_DEADLINE = "confirmationDeadline";
    public static final String MODERATION_DUE_DATE = "moderationDueDate";
    public static final String ENTRY_CLOSES = "entryCloses";
    public static final String JURY_DEADLINE = "juryDeadline";
    public static final String ACCEPTED = "accepted";
    public static final String JURORS = "jurors";

    public static final String MESSAGE_ENTRY_CONFIRMED = "EntryConfirmed";

    public static final String TASK_MODERATE = "Task_ModerateEntry";
    public static final String TASK_SCORE = "Task_ScoreEntry";

    private CompetitionVariables() {
    }

    public static long entryId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ENTRY_ID)).longValue();
    }
}
