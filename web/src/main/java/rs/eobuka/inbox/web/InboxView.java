package rs.eobuka.inbox.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.inbox.InboxQuery;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskCompletionService;
import rs.eobuka.inbox.TaskSort;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * The task inbox: tasks offered to my roles or assigned to me, each saying what it is about,
 * searchable by it; with claim and unclaim, and approval of several tasks at once where their
 * feature allows it.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InboxService inbox;

    @Inject
    transient CurrentUser user;

    @Inject
    transient TaskForms forms;

    private String processKey;
    private String text;
    private boolean mineOnly;
    private TaskSort sort = TaskSort.CREATED_DESC;
    private LazyDataModel<TaskSummary> tasks;

    @Inject
    transient TaskCompletionService completions;

    private List<TaskSummary> selection = new ArrayList<>();

    @PostConstruct
    void init() {
        tasks = new PagedModel<>(() -> inbox.count(query()), (first, max) -> inbox.find(query(), FacesTexts.language(), first, max),
                TaskSummary::id);
    }

    private InboxQuery query() {
        return new InboxQuery(user.getUsername(), user.getGroups(), processKey, null, text, mineOnly, sort);
    }

    public void claim(TaskSummary task) {
        try {
            inbox.claim(task.id(), user.getUsername(), user.getGroups());
            FacesTexts.info("inbox.claimed", FacesTexts.text("task." + task.taskKey()));
        } catch (DomainException e) {
            FacesTexts.error(e, "inboxForm");
        }
    }

    public void unclaim(TaskSummary task) {
        try {
            inbox.unclaim(task.id(), user.getUsername(), user.getGroups());
            FacesTexts.info("inbox.unclaimed", FacesTexts.text("task." + task.taskKey()));
        } catch (DomainException e) {
            FacesTexts.error(e, "inboxForm");
        }
    }

    /**
     * Approves the selected tasks, each on its own: says how many were approved and, for each
     * that was not, what it is about and why (someone else decided it meanwhile, say).
     */
    public void approveSelected() {
        List<TaskSummary> chosen = selection == null ? List.of() : selection.stream().filter(TaskSummary::bulkApprovable).toList();
        if (chosen.isEmpty()) {
            FacesTexts.error("inbox.bulk.noneSelected");
            return;
        }
        Map<String, TaskSummary> byId = chosen.stream().collect(Collectors.toMap(TaskSummary::id, t -> t, (a, b) -> a, LinkedHashMap::new));
        List<TaskCompletionService.Outcome> outcomes = completions.approveAll(List.copyOf(byId.keySet()), user.getUsername(), user.getGroups());
        long approved = outcomes.stream().filter(TaskCompletionService.Outcome::isApproved).count();
        FacesTexts.info("inbox.bulk.approved", approved);
        for (TaskCompletionService.Outcome outcome : outcomes) {
            if (!outcome.isApproved()) {
                TaskSummary task = byId.get(outcome.taskId());
                FacesTexts.error("inbox.bulk.refused", task.subject() == null ? FacesTexts.text("task." + task.taskKey()) : task.subject(),
                        FacesTexts.text(outcome.refusal().messageKey(), outcome.refusal().arguments()));
            }
        }
        selection = new ArrayList<>();
    }

    /** Whether the selection can be approved at once: the approve button shows only then. */
    public boolean isBulkApprovable() {
        return selection != null && !selection.isEmpty() && selection.stream().allMatch(TaskSummary::bulkApprovable);
    }

    /** The confirmation asked before a bulk approval, with the number of selected tasks. */
    public String getBulkConfirmation() {
        return FacesTexts.text("inbox.bulk.confirm", selection == null ? 0 : selection.size());
    }

    /** The page of the task's form. */
    public String formUrl(TaskSummary task) {
        return forms.url(task);
    }

    public boolean isMine(TaskSummary task) {
        return user.getUsername().equals(task.assignee());
    }

    public TaskSort[] getSorts() {
        return TaskSort.values();
    }

    public LazyDataModel<TaskSummary> getTasks() { return tasks; }
    public List<TaskSummary> getSelection() { return selection; }
    public void setSelection(List<TaskSummary> selection) { this.selection = selection; }
    public String getProcessKey() { return processKey; }
    public void setProcessKey(String processKey) { this.processKey = processKey == null || processKey.isBlank() ? null : processKey; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isMineOnly() { return mineOnly; }
    public void setMineOnly(boolean mineOnly) { this.mineOnly = mineOnly; }
    public TaskSort getSort() { return sort; }
    public void setSort(TaskSort sort) { this.sort = sort; }
}
