package rs.eobuka.platform.task;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every {@link TaskDecision} of the application by task definition key, collected from CDI once. */
@ApplicationScoped
public class TaskDecisions {

    @Inject
    @Any
    Instance<TaskDecision> all;

    private Map<String, TaskDecision> byTaskKey;

    @PostConstruct
    void index() {
        Map<String, TaskDecision> keys = new HashMap<>();
        for (TaskDecision decision : all) {
            for (String key : decision.taskKeys()) {
                TaskDecision other = keys.putIfAbsent(key, decision);
                if (other != null) {
                    throw new IllegalStateException("task " + key + " has two TaskDecisions: " + other + " and " + decision);
                }
            }
        }
        byTaskKey = Map.copyOf(keys);
    }

    /** Every task definition key some feature describes. */
    public Set<String> taskKeys() {
        return byTaskKey.keySet();
    }

    /** The decision serving tasks of this definition key; empty for a task no feature describes. */
    public Optional<TaskDecision> forKey(String taskKey) {
        return taskKey == null ? Optional.empty() : Optional.ofNullable(byTaskKey.get(taskKey));
    }
}
