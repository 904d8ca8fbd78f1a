package rs.eobuka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rs.eobuka.inbox.web.DecisionTaskView;
import rs.eobuka.platform.privacy.AccessKind;
import rs.eobuka.platform.privacy.AccessLog;
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
public class RegistrationApprovalView extends DecisionTaskView<RosterEntry> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RegistrationApprovalService approvals;

    @Inject
    transient RosterService roster;

    @Inject
    transient AccessLog accessLog;

    public RegistrationApprovalView() {
        super("approval", "registrationApproval.approved", "registrationApproval.rejected");
    }

    @Override
    protected RosterEntry loadSubject(String taskId, String username) {
        RosterEntry entry = roster.entry(approvals.forTask(taskId, username).getId());
        accessLog.record(username, AccessKind.PARTICIPANT, "account:" + entry.registration().getAccount().getId());
        return entry;
    }

    @Override
    protected Object[] decidedArguments() {
        return new Object[] {getRegistration().getAccount().getFullName()};
    }

    public Registration getRegistration() { return getSubject() == null ? null : getSubject().registration(); }
}
