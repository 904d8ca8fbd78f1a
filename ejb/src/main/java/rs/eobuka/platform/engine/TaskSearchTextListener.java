package rs.eobuka.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskDecisions;
import rs.eobuka.platform.task.TaskSubject;

/**
 * Writes, when a user task of any process is created, what the task is about into the task's
 * description column as a search text ({@link TaskSubject#searchText}: the subject in the three languages,
 * folded), so the inbox finds tasks by participant, municipality, training or city with one
 * {@code like} on the task table itself ({@code InboxSql}), paged in the database. The subject
 * comes from the feature's {@link TaskDecision}, by business key: the feature's row exists
 * before its process starts, but learns its process instance id only after the start returns,
 * so the business key is the one link that already holds. A task no feature describes is left
 * without a search text.
 *
 * <p>Tasks created before this listener existed get theirs from {@link TaskSearchTextBackfill}.
 *
 * <p>Registered for every user task by the engine's configuration (a parse listener), as a
 * built-in listener, so no model has to name it and process instance modifications that skip
 * custom listeners still get it.
 */
final class TaskSearchTextListener extends AbstractBpmnParseListener implements TaskListener {

    private final TaskDecisions decisions;

    TaskSearchTextListener(TaskDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this);
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (businessKey == null) {
            return;
        }
        decisions.forKey(task.getTaskDefinitionKey()).ifPresent(decision -> {
            TaskSubject subject = decision.subjects(List.of(businessKey)).get(businessKey);
            if (subject != null) {
                task.setDescription(subject.searchText());
            }
        });
    }
}
