package rs.eobuka.account.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the {@code role-request} process, its task and its variables, written once. */
public final class RoleRequestVariables {

    public static final String PROCESS_KEY = "role-request";
    public static final String TASK_REVIEW = "Task_ReviewRoleRequest";
    public static final String ROLE_REQUEST_ID = "roleRequestId";
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    public static final String APPROVED = "approved";

    private RoleRequestVariables() {
    }

    public static long roleRequestId(DelegateExecution execution) {
        return ((Number) execution.getVariableTyped(ROLE_REQUEST_ID).getValue()).longValue();
    }
}
