package rs.eobuka.impact.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The names process {@code impact-report-review} and the application share. */
public final class ImpactVariables {

    public static final String PROCESS_KEY = "impact-report-review";
    public static final String TASK_WRITE = "Task_WriteReport";
    public static final String TASK_REVIEW = "Task_ReviewReport";

    public static final String REPORT_ID = "reportId";
    public static final String AUTHOR = "author";
    public static final String REVIEW_DUE_AT = "reviewDueAt";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";

    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String SUBMIT = "SUBMIT";

    private ImpactVariables() {
    }

    public static long reportId(DelegateExecution execution) {
        return ((Number) execution.getVariable(REPORT_ID)).longValue();
    }
}
