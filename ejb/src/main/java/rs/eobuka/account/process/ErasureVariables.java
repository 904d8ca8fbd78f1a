package rs.eobuka.account.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the {@code data-erasure} process, its task and its variables, written once. */
public final class ErasureVariables {

    public static final String PROCESS_KEY = "data-erasure";
    public static final String TASK_REVIEW = "Task_ReviewErasure";
    public static final String ERASURE_REQUEST_ID = "erasureRequestId";
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    public static final String CONFIRMED = "confirmed";

    private ErasureVariables() {
    }

    public static long erasureRequestId(DelegateExecution execution) {
        return ((Number) execution.getVariableTyped(ERASURE_REQUEST_ID).getValue()).longValue();
    }
}
