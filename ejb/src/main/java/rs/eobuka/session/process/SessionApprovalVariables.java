package rs.eobuka.session.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the {@code session-approval} process, its tasks, messages and variables, written once. */
public final class SessionApprovalVariables {

    public static final String PROCESS_KEY = "session-approval";
    public static final String TASK_REVIEW = "Task_ReviewSession";
    public static final String TASK_REVISE = "Task_ReviseSession";
    public static final String MESSAGE_CANCELLED = "SessionCancelled";
    public static final String SESSION_ID = "sessionId";
    public static final String PROPOSER = "proposer";
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    public static final String SESSION_END = "sessionEnd";
    public static final String APPROVED = "approved";

    private SessionApprovalVariables() {
    }

    public static long sessionId(DelegateExecution execution) {
        return ((Number) execution.getVariableTyped(SESSION_ID).getValue()).longValue();
    }
}
