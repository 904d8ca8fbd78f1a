package rs.eobuka.impact.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.impact.ImpactReportService;

/** Flags a review that is overdue, for the evaluators' list. */
@Named
@ApplicationScoped
public class EscalateImpactReviewDelegate implements JavaDelegate {

    @Inject
    ImpactReportService reports;

    @Override
    public void execute(DelegateExecution execution) {
        reports.escalateReview(ImpactVariables.reportId(execution));
    }
}
