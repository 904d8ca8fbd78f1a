package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.EntryService;

/** Tells the entrant their entry was rejected, and why. */
@Named
@ApplicationScoped
public class NotifyEntryRejectedDelegate implements JavaDelegate {

    @Inject
    EntryService entries;

    @Override
    public void execute(DelegateExecution execution) {
        entries.tellRejected(CompetitionVariables.entryId(execution));
    }
}
