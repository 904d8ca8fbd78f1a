package rs.eobuka.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.TrainingService;
import rs.eobuka.session.TrainingSession;

/** organizer/propose.xhtml: an organizer proposes a session; another organizer reviews it from the inbox. */
@Named
@ViewScoped
public class SessionProposalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionApprovalService approvals;

    @Inject
    transient TrainingService trainings;

    @Inject
    transient CurrentUser user;

    private final SessionPlanForm form = new SessionPlanForm();

    /** A chosen training brings its audience types as the default. */
    public void trainingChanged() {
        if (form.getTrainingId() != null) {
            try {
                form.setAudienceTypes(trainings.get(form.getTrainingId()).getAudienceTypes().toArray(OrganisationType[]::new));
            } catch (DomainException e) {
                FacesTexts.error(e, "propose");
            }
        }
    }

    public void propose() throws IOException {
        try {
            TrainingSession session = approvals.propose(form.toPlan(), user.getUsername());
            FacesTexts.infoAfterRedirect("/organizer/sessions.xhtml", "propose.done",
                    session.getTraining().title(FacesTexts.language()));
        } catch (DomainException e) {
            FacesTexts.error(e, "propose");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "propose");
        }
    }

    public SessionPlanForm getForm() { return form; }
}
