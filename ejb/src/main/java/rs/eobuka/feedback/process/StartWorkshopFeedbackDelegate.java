package rs.eobuka.feedback.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.feedback.SurveyService;
import rs.eobuka.workshop.process.WorkshopVariables;

/**
 * When a workshop is held (process {@code workshop-scheduling}), its requester is asked for
 * feedback, and so are those present at its session.
 */
@Named
@ApplicationScoped
public class StartWorkshopFeedbackDelegate implements JavaDelegate {

    @Inject
    SurveyService surveys;

    @Override
    public void execute(DelegateExecution execution) {
        surveys.startForHeldWorkshop(WorkshopVariables.requestId(execution), StartSessionFeedbackDelegate.SYSTEM);
    }
}
