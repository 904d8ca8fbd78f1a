package rs.eobuka.inbox.web;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskCompletionService;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * What every task form with an approve or decline decision does: load the task of
 * {@code ?taskId=} as the caller may see it, then what it is about ({@link #loadSubject}, shown
 * from {@code subject});
 * approve, or decline with a reason, through the task's feature ({@link TaskCompletionService});
 * and back to the inbox with a message. A new form is a page plus a subclass that names its
 * form and messages and loads its subject.
 *
 * <p>Pages bind {@code taskId} in {@code <f:viewParam>}, {@code load} in {@code <f:viewAction>},
 * the reason's text area to {@code reason}, and their buttons to {@code approve} and {@code decline}.
 */
public abstract class DecisionTaskView<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InboxService inbox;

    @Inject
    transient TaskCompletionService completions;

    @Inject
    transient CurrentUser user;

    private final String formId;
    private final String approvedMessage;
    private final String declinedMessage;
    private String taskId;
    private TaskSummary task;
    private T subject;
    private String reason;

    /**
     * @param formId the id of the page's form, whose fields a refusal names
     * @param approvedMessage the key of the message the inbox shows after an approval
     * @param declinedMessage the same after a decline
     */
    protected DecisionTaskView(String formId, String approvedMessage, String declinedMessage) {
        this.formId = formId;
        this.approvedMessage = approvedMessage;
        this.declinedMessage = declinedMessage;
    }

    public void load() {
        try {
            task = inbox.get(taskId, user.getUsername(), user.getGroups());
            subject = loadSubject(taskId, user.getUsername());
        } catch (DomainException e) {
            FacesTexts.error(e, formId);
        }
    }

    public void approve() throws IOException {
        decide(true);
    }

    public void decline() throws IOException {
        decide(false);
    }

    private void decide(boolean approved) throws IOException {
        try {
            completions.decide(taskId, user.getUsername(), user.getGroups(), approved ? TaskCommand.approve() : TaskCommand.reject(reason));
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml", approved ? approvedMessage : declinedMessage, decidedArguments());
        } catch (DomainException e) {
            FacesTexts.error(e, formId);
        }
    }

    /** What the form shows about the task (the registration, the session, the request), from the feature's service. */
    protected abstract T loadSubject(String taskId, String username);

    /** Whether the task and what it is about were found: the form shows its decision only then. */
    public boolean isFound() {
        return subject != null;
    }

    /** The arguments of the message the inbox shows after the decision. */
    protected Object[] decidedArguments() {
        return new Object[0];
    }

    protected CurrentUser user() {
        return user;
    }

    public TaskSummary getTask() { return task; }
    public T getSubject() { return subject; }
    public String getTaskId() { return taskId; }

    /**
     * Set once, from the page's address: a postback that sends another {@code taskId} cannot
     * make the decision land on a task other than the one the form showed (the action checks
     * the task against the caller as well).
     */
    public void setTaskId(String taskId) {
        if (this.taskId == null) {
            this.taskId = taskId;
        }
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
