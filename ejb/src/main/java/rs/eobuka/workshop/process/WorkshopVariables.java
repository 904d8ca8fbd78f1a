package rs.eobuka.workshop.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the {@code workshop-scheduling} process, its tasks, message and variables, written once. */
public final class WorkshopVariables {

    public static final String PROCESS_KEY = "workshop-scheduling";
    public static final String TASK_TRIAGE = "Task_Triage";
    public static final String TASK_PROPOSE = "Task_ProposeSlot";
    public static final String TASK_ANSWER = "Task_RequesterAnswer";
    public static final String TASK_CHECKLIST = "Task_LogisticsChecklist";
    public static final String TASK_REPORT = "Task_EventReport";
    public static final String MESSAGE_WITHDRAWN = "WorkshopWithdrawn";

    public static final String REQUEST_ID = "requestId";
    public static final String REQUESTER = "requester";
    public static final String TRIAGE_DUE_DATE = "triageDueDate";
    public static final String ACCEPTED = "accepted";
    public static final String ANSWER_DUE_DATE = "answerDueDate";
    public static final String ANSWER_REMINDER_DATE = "answerReminderDate";
    public static final String ANSWER_ACCEPTED = "answerAccepted";
    public static final String CHECKLIST_DUE_DATE = "checklistDueDate";
    public static final String EVENT_END = "eventEnd";

    private WorkshopVariables() {
    }

    public static java.util.Date answerDueDate(DelegateExecution execution) {
        return (java.util.Date) execution.getVariableTyped(ANSWER_DUE_DATE).getValue();
    }

    public static long requestId(DelegateExecution execution) {
        return ((Number) execution.getVariableTyped(REQUEST_ID).getValue()).longValue();
    }
}
