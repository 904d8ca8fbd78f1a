package rs.eobuka.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import rs.eobuka.booking.BookingService;
import rs.eobuka.booking.HolderKind;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.TrainingSession;

/** tasks/session-revision.xhtml: the proposer reads the reviewer's comment, revises the plan and resubmits it. */
@Named
@ViewScoped
public class SessionRevisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionApprovalService approvals;

    @Inject
    transient CurrentUser user;

    @Inject
    transient BookingService bookings;

    private String taskId;
    private TrainingSession session;
    private SessionPlanForm form;

    public void load() {
        if (form != null) {
            return;
        }
        try {
            session = approvals.forTask(taskId, user.getUsername());
            form = SessionPlanForm.of(session, bookings.heldBy(HolderKind.SESSION, session.getId()));
        } catch (DomainException e) {
            FacesTexts.error(e, "revision");
        }
    }

    public void resubmit() throws IOException {
        try {
            approvals.revise(taskId, user.getUsername(), form.toPlan());
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml", "sessionRevision.resubmitted");
        } catch (DomainException e) {
            FacesTexts.error(e, "revision");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "revision");
        }
    }

    public boolean isFound() { return form != null; }
    public TrainingSession getSession() { return session; }
    public SessionPlanForm getForm() { return form; }
    public String getTaskId() { return taskId; }

    /** Set once, from the page's address: a postback cannot swap the task the form shows for another. */
    public void setTaskId(String taskId) {
        if (this.taskId == null) {
            this.taskId = taskId;
        }
    }

}
