package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.EntryService;

/** Discards an entry never confirmed within 48 hours, with its images. */
@Named
@ApplicationScoped
public class DiscardEntryDelegate implements JavaDelegate {

    @Inject
    EntryService entries;

    @Override
    public void execute(DelegateExecution execution) {
        entries.discard(CompetitionVariables.entryId(execution));
    }
}
