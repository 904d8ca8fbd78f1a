package rs.eobuka.platform.task;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import rs.eobuka.platform.errors.RuleViolationException;

/**
 * A feature's user tasks as the inbox and the task API see them: what each task is about, and
 * the approve or reject decision that completes it. A workflow plugs its tasks in by adding one
 * implementation next to its process (a CDI bean); nothing outside the feature changes.
 *
 * <p>The decision goes to the feature's own service, which keeps its rules (who may decide,
 * whether a rejection needs a reason) and completes the task.
 */
public interface TaskDecision {

    /** The request field of the decision itself, named by a refusal that is about it. */
    String DECISION = "decision";
    /** The request field of a rejection's reason, named when a rejection needs one. */
    String REASON = "reason";

    /** The task definition keys (BPMN user task ids) this serves; each key is served by one implementation. */
    Set<String> taskKeys();

    /** The decisions of the tasks that are approved or rejected. */
    Set<String> APPROVE_OR_REJECT = Set.of(TaskCommand.APPROVE, TaskCommand.REJECT);

    /**
     * The decisions that complete the task of this key ({@link TaskCommand#decision}); by default
     * approve or reject. A task that is a form to fill (a returned session's revision) has a
     * subject but takes none.
     */
    default Set<String> decisions(String taskKey) {
        return APPROVE_OR_REJECT;
    }

    /** Whether some decision completes the task of this key. */
    default boolean decides(String taskKey) {
        return !decisions(taskKey).isEmpty();
    }

    /** Whether an approval may be given to many tasks at once from the inbox, without opening each. */
    default boolean allowsBulkApproval() {
        return false;
    }

    /**
     * Completes the task for the user with one of its {@link #decisions}; refusals are
     * {@code DomainException}s that name the request field ({@link #DECISION}, {@link #REASON},
     * or a field of the payload).
     */
    void decide(String taskId, String username, TaskCommand command);

    /**
     * The subjects of the tasks of these process instances, by business key (the key this
     * feature starts its processes with), read in one query for a whole page of the inbox. A
     * key without a row is left out.
     */
    Map<String, TaskSubject> subjects(Collection<String> businessKeys);

    /** The business keys that are row ids (the features key their processes by their rows' ids). */
    static List<Long> rowIds(Collection<String> businessKeys) {
        return businessKeys.stream().filter(key -> key != null && key.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }

    /** {@link #subjects} for a feature keyed by row ids: the query runs only when some key is one. */
    static Map<String, TaskSubject> byRowIds(Collection<String> businessKeys, Function<List<Long>, Map<String, TaskSubject>> query) {
        List<Long> ids = rowIds(businessKeys);
        return ids.isEmpty() ? Map.of() : query.apply(ids);
    }

    /**
     * Refuses a rejection without a reason, naming the API's {@link #REASON} field, for a
     * feature whose service asks for one under another name (a comment).
     */
    static void requireReason(boolean approved, String reason, String messageKey) {
        if (!approved && (reason == null || reason.isBlank())) {
            throw new RuleViolationException(REASON, messageKey);
        }
    }
}
