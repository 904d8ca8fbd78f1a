package rs.eobuka.competition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names the application shares with the {@code competition} and {@code competition-entry} models. */
public final class CompetitionVariables {

    public static final String COMPETITION_PROCESS_KEY = "competition";
    public static final String ENTRY_PROCESS_KEY = "competition-entry";

    public static final String COMPETITION_ID = "competitionId";
    public static final String ENTRY_ID = "entryId";
    public static final String CONFIRMATION_DEADLINE = "confirmationDeadline";
    public static final String MODERATION_DUE_DATE = "moderationDueDate";
    public static final String ENTRY_CLOSES = "entryCloses";
    public static final String JURY_REMINDER_DATE = "juryReminderDate";
    public static final String JURY_DEADLINE = "juryDeadline";
    public static final String VOTE_CLOSES = "voteCloses";
    public static final String ACCEPTED = "accepted";
    public static final String JURORS = "jurors";
    public static final String RESULTS_APPROVED = "resultsApproved";

    public static final String MESSAGE_ENTRY_CONFIRMED = "EntryConfirmed";

    public static final String TASK_MODERATE = "Task_ModerateEntry";
    public static final String TASK_SCORE = "Task_ScoreEntry";
    public static final String TASK_PROPOSE_RESULTS = "Task_ProposeResults";
    public static final String TASK_APPROVE_RESULTS = "Task_ApproveResults";

    private CompetitionVariables() {
    }

    public static long entryId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ENTRY_ID)).longValue();
    }

    public static long competitionId(DelegateExecution execution) {
        return ((Number) execution.getVariable(COMPETITION_ID)).longValue();
    }
}
