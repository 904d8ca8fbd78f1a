package rs.eobuka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationApprovalService;
import rs.eobuka.registration.RosterEntry;
import rs.eobuka.registration.RosterService;

/**
 * tasks/registration-approval.xhtml, the form of the "Approve registration" task: who the
 * person is and how to reach them, how full the session is; approve, or reject with a reason.
 */
@Named
@ViewScoped
public class RegistrationApprovalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RegistrationApprovalService approvals;

    @Inject
    transient RosterService roster;

    @Inject
    transient InboxService inbox;

    @Inject
    transient CurrentUser user;

    private String taskId;
    private TaskSummary task;
    private RosterEntry entry;
    private String reason;

    public void load() {
        try {
            task = inbox.get(taskId, user.getUsername(), user.getGroups());
            entry = roster.entry(approvals.forTask(taskId, user.getUsername()).getId());
        } catch (DomainException e) {
            FacesTexts.error(e, "approval");
        }
    }

    public void approve() throws IOException {
        decide(true);
    }

    public void reject() throws IOException {
        decide(false);
    }

    private void decide(boolean approved) throws IOException {
        try {
            approvals.decide(taskId, user.getUsername(), approved, reason);
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml",
                    approved ? "registrationApproval.approved" : "registrationApproval.rejected",
                    entry.registration().getAccount().getFullName());
        } catch (DomainException e) {
            FacesTexts.error(e, "approval");
        }
    }

    public boolean isFound() { return entry != null; }
    public TaskSummary getTask() { return task; }
    public RosterEntry getEntry() { return entry; }
    public Registration getRegistration() { return entry == null ? null : entry.registration(); }
    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
