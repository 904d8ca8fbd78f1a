package rs.eobuka.inbox.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.inbox.InboxQuery;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSort;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/** The task inbox: tasks offered to my roles or assigned to me, with claim and unclaim. */
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

    @PostConstruct
    void init() {
        tasks = new PagedModel<>(() -> inbox.count(query()), (first, max) -> inbox.find(query(), first, max), TaskSummary::id);
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
    public String getProcessKey() { return processKey; }
    public void setProcessKey(String processKey) { this.processKey = processKey == null || processKey.isBlank() ? null : processKey; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isMineOnly() { return mineOnly; }
    public void setMineOnly(boolean mineOnly) { this.mineOnly = mineOnly; }
    public TaskSort getSort() { return sort; }
    public void setSort(TaskSort sort) { this.sort = sort; }
}
