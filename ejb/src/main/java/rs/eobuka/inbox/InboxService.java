package rs.eobuka.inbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskDecisions;
import rs.eobuka.platform.task.TaskSubject;

/**
 * The caller's open user tasks, from the engine's task service ({@link InboxSql}), paged and
 * sorted in the database, each with what it is about from its feature's {@link TaskDecision}.
 */
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

    @Inject
    TaskDecisions decisions;

    /** A page of the inbox, each task with its subject in the reader's language. */
    public List<TaskSummary> find(InboxQuery query, Language language, int first, int max) {
        List<Task> page = new InboxSql(query).page(tasks).listPage(first, max);
        Map<String, String> keys = businessKeys(page);
        Map<String, String> subjects = subjects(page, keys, language);
        return page.stream().map(task -> summary(task, formKey(task), keys, subjects.get(task.getId()))).toList();
    }

    public long count(InboxQuery query) {
        return new InboxSql(query).count(tasks).count();
    }

    /** One task the user may see, for its form or its completion; its subject is left out (the form shows more). */
    public TaskSummary get(String taskId, String username, Set<String> groups) {
        Task task = visibleTask(taskId, username, groups);
        return summary(task, formKey(task), businessKeys(List.of(task)), null);
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

    private TaskSummary summary(Task task, String formKey, Map<String, String> businessKeys, String subject) {
        boolean bulk = decisions.forKey(task.getTaskDefinitionKey())
                .map(d -> d.allowsBulkApproval() && d.decides(task.getTaskDefinitionKey())).orElse(false);
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                processKey(task.getProcessDefinitionId()), businessKeys.get(task.getProcessInstanceId()),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee(), formKey, task.getPriority(), subject, bulk);
    }

    /**
     * The subjects of a page of tasks: one query per feature ({@link TaskDecision#subjects}) for
     * all of its tasks on the page, by the business keys the page already read.
     */
    private Map<String, String> subjects(List<Task> page, Map<String, String> businessKeys, Language language) {
        Map<TaskDecision, List<Task>> byDecision = new LinkedHashMap<>();
        for (Task task : page) {
            if (businessKeys.containsKey(task.getProcessInstanceId())) {
                decisions.forKey(task.getTaskDefinitionKey())
                        .ifPresent(decision -> byDecision.computeIfAbsent(decision, d -> new ArrayList<>()).add(task));
            }
        }
        Map<String, String> subjects = new HashMap<>();
        byDecision.forEach((decision, decided) -> {
            Map<String, TaskSubject> found = decision.subjects(
                    decided.stream().map(task -> businessKeys.get(task.getProcessInstanceId())).collect(Collectors.toSet()));
            for (Task task : decided) {
                TaskSubject subject = found.get(businessKeys.get(task.getProcessInstanceId()));
                if (subject != null) {
                    subjects.put(task.getId(), subject.in(language));
                }
            }
        });
        return subjects;
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
