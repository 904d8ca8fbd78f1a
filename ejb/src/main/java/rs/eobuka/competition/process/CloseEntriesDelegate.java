package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.CompetitionAudit;
import rs.eobuka.competition.CompetitionAuditTrail;

/** Records that the entry window has closed; each entry's own process opens its jury round. */
@Named
@ApplicationScoped
public class CloseEntriesDelegate implements JavaDelegate {

    @Inject
    CompetitionAuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        audit.record(CompetitionVariables.competitionId(execution), null, CompetitionAuditTrail.SYSTEM,
                CompetitionAudit.Action.ENTRIES_CLOSED, null);
    }
}
