package rs.eobuka.feedback.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.feedback.SurveyAudience;
import rs.eobuka.feedback.SurveyService;
import rs.eobuka.feedback.SurveyTarget;
import rs.eobuka.session.process.SessionApprovalVariables;

/** When a session is over (process {@code session-approval}), its participants are asked for feedback. */
@Named
@ApplicationScoped
public class StartSessionFeedbackDelegate implements JavaDelegate {

    static final String SYSTEM = "system";

    @Inject
    SurveyService surveys;

    @Override
    public void execute(DelegateExecution execution) {
        surveys.startIfAbsent(SurveyTarget.session(SessionApprovalVariables.sessionId(execution)), SurveyAudience.PARTICIPANTS, SYSTEM);
    }
}
