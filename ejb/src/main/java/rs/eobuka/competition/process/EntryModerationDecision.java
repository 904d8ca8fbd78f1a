package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import rs.eobuka.competition.EntryService;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;

/** An organizer's moderation of a confirmed entry: {@code ACCEPT}, or {@code REJECT} with a {@code reason} the entrant receives. */
@ApplicationScoped
public class EntryModerationDecision implements TaskDecision {

    public static final String ACCEPT = "ACCEPT";
    public static final String REJECT = "REJECT";

    @Inject
    EntryService entries;

    @Inject
    EntryTaskSubjects subjects;

    @Override
    public Set<String> taskKeys() {
        return Set.of(CompetitionVariables.TASK_MODERATE);
    }

    @Override
    public Set<String> decisions(String taskKey) {
        return Set.of(ACCEPT, REJECT);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        if (command.is(REJECT)) {
            entries.reject(taskId, username, command.reason());
        } else {
            entries.accept(taskId, username);
        }
    }

    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        return subjects.of(businessKeys);
    }
}
