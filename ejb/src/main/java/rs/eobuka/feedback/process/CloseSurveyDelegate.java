package rs.eobuka.feedback.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.feedback.SurveyService;

/** Closes the survey at its deadline. */
@Named
@ApplicationScoped
public class CloseSurveyDelegate implements JavaDelegate {

    @Inject
    SurveyService surveys;

    @Override
    public void execute(DelegateExecution execution) {
        surveys.close(FeedbackVariables.surveyId(execution));
    }
}
