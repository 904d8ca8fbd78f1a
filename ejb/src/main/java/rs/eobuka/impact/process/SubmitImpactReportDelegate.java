package rs.eobuka.impact.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.impact.ImpactReportService;

/** Submits the report for review and sets when the review is due. */
@Named
@ApplicationScoped
public class SubmitImpactReportDelegate implements JavaDelegate {

    @Inject
    ImpactReportService reports;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ImpactVariables.REVIEW_DUE_AT, reports.submitted(ImpactVariables.reportId(execution)));
    }
}
