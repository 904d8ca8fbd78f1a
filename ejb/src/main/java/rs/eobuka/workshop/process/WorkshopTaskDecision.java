package rs.eobuka.workshop.process;

import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;
import rs.eobuka.workshop.WorkshopRequestService;

/** What the decisions of every workshop task share: one task key, its named decisions, the service, and the subject. */
abstract class WorkshopTaskDecision implements TaskDecision {

    @Inject
    WorkshopRequestService requests;

    @Inject
    WorkshopTaskSubjects subjects;

    private final String taskKey;
    private final Set<String> decisions;

    WorkshopTaskDecision(String taskKey, String... decisions) {
        this.taskKey = taskKey;
        this.decisions = Set.of(decisions);
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(taskKey);
    }

    @Override
    public Set<String> decisions(String key) {
        return decisions;
    }

    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        return subjects.of(businessKeys);
    }
}
