package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.competition.ResultsService;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;

/**
 * The organizers' results tasks: one {@code PROPOSE}s the ranking, a second {@code APPROVE}s it
 * or {@code RETURN}s it with a {@code reason} (the proposer may not approve their own).
 */
@ApplicationScoped
public class CompetitionResultsDecision implements TaskDecision {

    public static final String PROPOSE = "PROPOSE";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";

    @Inject
    ResultsService results;

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> taskKeys() {
        return Set.of(CompetitionVariables.TASK_PROPOSE_RESULTS, CompetitionVariables.TASK_APPROVE_RESULTS);
    }

    @Override
    public Set<String> decisions(String taskKey) {
        return CompetitionVariables.TASK_PROPOSE_RESULTS.equals(taskKey) ? Set.of(PROPOSE) : Set.of(APPROVE, RETURN);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        if (command.is(PROPOSE)) {
            results.propose(taskId, username);
        } else {
            results.decide(taskId, username, command.is(APPROVE), command.reason());
        }
    }

    /** The competition's title, keyed by competition id. */
    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        return TaskDecision.byRowIds(businessKeys, ids -> em.createQuery("select c.id, c.title from Competition c where c.id in :ids",
                        Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.<Object[], String, TaskSubject>toMap(row -> row[0].toString(), row -> new Subject((LocalizedText) row[1]))));
    }

    record Subject(LocalizedText title) implements TaskSubject {

        @Override
        public String in(Language language) {
            return title.in(language);
        }
    }
}
