package rs.eobuka.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import rs.eobuka.feedback.AnswerService;
import rs.eobuka.feedback.FeedbackStep;
import rs.eobuka.feedback.PendingFeedback;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * The signed-in participant's questionnaires still to answer, on their registrations page and
 * as the last step of a registration; answering opens the questionnaire with a fresh link of
 * their own invitation.
 */
@Named
@RequestScoped
public class PendingFeedbackView {

    @Inject
    AnswerService answers;

    @Inject
    CurrentUser user;

    private List<PendingFeedback> pending;

    public List<PendingFeedback> getPending() {
        if (pending == null) {
            pending = user.isSignedIn() ? answers.pending(user.getUsername(), FacesTexts.language()) : List.of();
        }
        return pending;
    }

    /** The feedback step of one of the participant's registrations (null before the invitation). */
    public FeedbackStep stepOf(long registrationId) {
        return answers.stepOf(registrationId).orElse(null);
    }

    public void answer(long invitationId) throws IOException {
        try {
            String token = answers.linkForOwner(invitationId, user.getUsername());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/feedback/answer.xhtml?t=" + token);
        } catch (DomainException e) {
            FacesTexts.error(e, "pendingFeedbackForm");
        }
    }
}
