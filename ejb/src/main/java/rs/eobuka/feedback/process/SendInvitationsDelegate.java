package rs.eobuka.feedback.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.feedback.SurveyService;

/** Sends the survey's invitations, one e-mailed link each. */
@Named
@ApplicationScoped
public class SendInvitationsDelegate implements JavaDelegate {

    @Inject
    SurveyService surveys;

    @Override
    public void execute(DelegateExecution execution) {
        surveys.invite(FeedbackVariables.surveyId(execution));
    }
}
