package rs.eobuka.impact.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.impact.ImpactReportService;

/** Sends the report back to its author with the reviewer's comments. */
@Named
@ApplicationScoped
public class ReturnImpactReportDelegate implements JavaDelegate {

    @Inject
    ImpactReportService reports;

    @Override
    public void execute(DelegateExecution execution) {
        reports.returned(ImpactVariables.reportId(execution));
    }
}
