package rs.eobuka.impact.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.impact.ImpactReportService;

/** Publishes the approved report. */
@Named
@ApplicationScoped
public class PublishImpactReportDelegate implements JavaDelegate {

    @Inject
    ImpactReportService reports;

    @Override
    public void execute(DelegateExecution execution) {
        reports.publish(ImpactVariables.reportId(execution));
    }
}
