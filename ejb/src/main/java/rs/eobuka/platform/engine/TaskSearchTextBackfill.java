package rs.eobuka.platform.engine;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskDecisions;
import rs.eobuka.platform.task.TaskSubject;

/**
 * Gives the open tasks created before {@link TaskSearchTextListener} existed their search text,
 * so the inbox's search finds them by what they are about too. Runs once after the engine
 * starts, in the background, a batch per transaction; a task whose feature no longer finds its
 * row gets an empty text, so every task is read once. Nothing is left to do on a database whose
 * tasks were all created with the listener: one query finds no task and it stops.
 */
@Stateless
public class TaskSearchTextBackfill {

    /** Tasks per transaction (public for the tests, which run the backfill in a request). */
    public static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(TaskSearchTextBackfill.class.getName());

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskDecisions decisions;

    @Resource
    SessionContext context;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void fillMissing() {
        TaskSearchTextBackfill self = context.getBusinessObject(TaskSearchTextBackfill.class);
        int filled = 0;
        try {
            int batch;
            do {
                batch = self.fillBatch(BATCH);
                filled += batch;
            } while (batch == BATCH);
        } catch (EJBException e) {
            // e.g. a task completed while its batch was written: the next start carries on
            LOG.log(Level.WARNING, "Search texts of older tasks stopped after " + filled + " tasks", e);
            return;
        }
        if (filled > 0) {
            int done = filled;
            LOG.info(() -> "Search texts written for " + done + " older open tasks");
        }
    }

    /** Writes the search text of at most {@code max} open tasks without one; returns how many it wrote. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fillBatch(int max) {
        Set<String> keys = decisions.taskKeys();
        if (keys.isEmpty()) {
            return 0;
        }
        NativeTaskQuery query = tasks.createNativeTaskQuery();
        List<String> placeholders = new ArrayList<>();
        int i = 0;
        for (String key : keys) {
            query.parameter("key" + i, key);
            placeholders.add("#{key" + i++ + "}");
        }
        List<Task> page = query.sql("select RES.* from ACT_RU_TASK RES where RES.DESCRIPTION_ is null and RES.TASK_DEF_KEY_ in ("
                + String.join(", ", placeholders) + ")").listPage(0, max);
        Map<String, String> businessKeys = NativeLookup.businessKeys(runtime,
                page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<TaskDecision, List<Task>> byDecision = new LinkedHashMap<>();
        for (Task task : page) {
            byDecision.computeIfAbsent(decisions.forKey(task.getTaskDefinitionKey()).orElseThrow(), d -> new ArrayList<>()).add(task);
        }
        byDecision.forEach((decision, decided) -> {
            Map<String, TaskSubject> subjects = decision.subjects(decided.stream().map(t -> businessKeys.get(t.getProcessInstanceId()))
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            for (Task task : decided) {
                TaskSubject subject = subjects.get(businessKeys.get(task.getProcessInstanceId()));
                task.setDescription(subject == null ? "" : subject.searchText());
                tasks.saveTask(task);
            }
        });
        return page.size();
    }
}
