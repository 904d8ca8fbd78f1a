package rs.eobuka.feedback.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.feedback.SurveyService;

/** Reminds those who have not answered, with a fresh link. */
@Named
@ApplicationScoped
public class SendRemindersDelegate implements JavaDelegate {

    @Inject
    SurveyService surveys;

    @Override
    public void execute(DelegateExecution execution) {
        surveys.remind(FeedbackVariables.surveyId(execution));
    }
}
