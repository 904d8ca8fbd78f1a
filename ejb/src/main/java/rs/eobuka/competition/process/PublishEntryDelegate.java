package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.competition.EntryService;

/** Publishes an accepted entry in the gallery and tells the entrant. */
@Named
@ApplicationScoped
public class PublishEntryDelegate implements JavaDelegate {

    @Inject
    EntryService entries;

    @Override
    public void execute(DelegateExecution execution) {
        entries.publish(CompetitionVariables.entryId(execution));
    }
}
