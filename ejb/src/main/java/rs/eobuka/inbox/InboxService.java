package rs.eobuka.inbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import rs.eobuka.platform.engine.NativeLookup;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.NotFoundException;

/** The caller's open user tasks, from the engine's task service ({@link InboxSql}), paged and sorted in the database. */
@Stateless
public class InboxService {

    /** Process definition id to process key; definitions never change once deployed. */
    private static final Map<String, String> PROCESS_KEYS = new ConcurrentHashMap<>();
    /** Form key per process definition and task definition; {@link #NO_FORM} for a task without one. */
    private static final Map<String, String> FORM_KEYS = new ConcurrentHashMap<>();
    private static final String NO_FORM = "";

    @Inject
    TaskService tasks;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    FormService forms;

    public List<TaskSummary> find(InboxQuery query, int first, int max) {
        List<Task> page = new InboxSql(query).page(tasks).listPage(first, max);
        Map<String, String> keys = businessKeys(page);
        return page.stream().map(task -> summary(task, formKey(task), keys)).toList();
    }

    public long count(InboxQuery query) {
        return new InboxSql(query).count(tasks).count();
    }

    public TaskSummary get(String taskId, String username, Set<String> groups) {
        Task task = visibleTask(taskId, username, groups);
        return summary(task, formKey(task), businessKeys(List.of(task)));
    }

    public void claim(String taskId, String username, Set<String> groups) {
        Task task = visibleTask(taskId, username, groups);
        if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        tasks.setAssignee(task.getId(), username);
    }

    public void unclaim(String taskId, String username, Set<String> groups) {
        Task task = visibleTask(taskId, username, groups);
        if (!username.equals(task.getAssignee())) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        tasks.setAssignee(task.getId(), null);
    }

    /** A task the user may see: assigned to them, or offered to one of their groups. */
    private Task visibleTask(String taskId, String username, Set<String> groups) {
        Task task = NativeLookup.task(tasks, taskId);
        if (task == null) {
            throw new NotFoundException("task.notFound");
        }
        if (username.equals(task.getAssignee())) {
            return task;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (groups.contains(link.getGroupId()) || username.equals(link.getUserId()))) {
                return task;
            }
        }
        throw new NotFoundException("task.notFound");
    }

    private TaskSummary summary(Task task, String formKey, Map<String, String> businessKeys) {
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                processKey(task.getProcessDefinitionId()), businessKeys.get(task.getProcessInstanceId()),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee(), formKey, task.getPriority());
    }

    /** Business keys of a page of tasks, in one query. */
    private Map<String, String> businessKeys(List<Task> page) {
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
        return NativeLookup.businessKeys(runtime, instanceIds);
    }

    /** The task's form, from its (deployed, never changing) definition; remembered per definition and task. */
    private String formKey(Task task) {
        if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
            return null;
        }
        String formKey = FORM_KEYS.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                key -> Objects.requireNonNullElse(forms.getTaskFormKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey()), NO_FORM));
        return formKey.equals(NO_FORM) ? null : formKey;
    }

    private String processKey(String definitionId) {
        if (definitionId == null) {
            return null;
        }
        return PROCESS_KEYS.computeIfAbsent(definitionId, id -> {
            ProcessDefinition definition = repository.getProcessDefinition(id);
            return definition.getKey();
        });
    }
}
