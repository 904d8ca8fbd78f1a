package rs.eobuka.platform.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.NativeProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * Reads of the engine's rows by id, as native queries.
 *
 * <p>Why not the engine's task and process-instance queries: their SQL is built on every call
 * from a mapping of dozens of optional conditions, each an OGNL test on the query object, and
 * OGNL introspects the class again for every property that has no getter. Under the
 * benchmark's load on H2 (ear/src/test/java/rs/eobuka/bench/README.md) the three lookups by id of an approval and the
 * business keys of an inbox page took 3.6% of the server's CPU samples, over half of it in
 * those tests rather than in the database. A lookup by primary key needs none of them. Used
 * by the inbox and the registration approval, and by the benchmark's bare engine, which asks
 * what the inbox asks.
 */
public final class NativeLookup {

    private NativeLookup() {
    }

    /** The task with this id, or {@code null} when there is none (any more). */
    public static Task task(TaskService tasks, String taskId) {
        return tasks.createNativeTaskQuery().sql("select RES.* from ACT_RU_TASK RES where RES.ID_ = #{id}")
                .parameter("id", taskId).singleResult();
    }

    /** Business key per process instance id, in one query; an instance without a key is left out. */
    public static Map<String, String> businessKeys(RuntimeService runtime, Collection<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return keys;
        }
        List<String> placeholders = new ArrayList<>();
        NativeProcessInstanceQuery query = runtime.createNativeProcessInstanceQuery();
        int i = 0;
        for (String id : processInstanceIds) {
            query.parameter("id" + i, id);
            placeholders.add("#{id" + i++ + "}");
        }
        query.sql("select RES.* from ACT_RU_EXECUTION RES where RES.ID_ in (" + String.join(", ", placeholders) + ")")
                .list().forEach(instance -> {
                    if (instance.getBusinessKey() != null) {
                        keys.put(instance.getId(), instance.getBusinessKey());
                    }
                });
        return keys;
    }
}
