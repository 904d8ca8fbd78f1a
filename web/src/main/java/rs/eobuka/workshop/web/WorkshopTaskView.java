package rs.eobuka.workshop.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import rs.eobuka.inbox.TaskCompletionService;
import rs.eobuka.inbox.web.DecisionTaskView;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.reference.LsguService;
import rs.eobuka.workshop.WorkshopRequest;
import rs.eobuka.workshop.WorkshopRequestService;

/**
 * What the forms of the workshop tasks share: the request behind the task, and a named decision
 * with its fields sent through the task's feature exactly as the task API sends it, so the same
 * rules refuse the same input; a refusal is shown next to its field and the form keeps its input.
 */
public abstract class WorkshopTaskView extends DecisionTaskView<WorkshopRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkshopRequestService requests;

    @Inject
    transient TaskCompletionService taskCompletion;

    @Inject
    transient LsguService lsgus;

    private final String formId;

    protected WorkshopTaskView(String formId) {
        super(formId, null, null);
        this.formId = formId;
    }

    @Override
    protected WorkshopRequest loadSubject(String taskId, String username) {
        return requests.forTask(taskId, username);
    }

    /** Sends the decision; on success back to the inbox with the message of {@code doneKey}. */
    protected void complete(String decision, String reason, JsonObject payload, String doneKey) throws IOException {
        try {
            taskCompletion.decide(getTaskId(), user().getUsername(), user().getGroups(), new TaskCommand(decision, reason, payload));
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml", doneKey, String.valueOf(getSubject().getId()));
        } catch (DomainException e) {
            FacesTexts.error(e, formId);
        }
    }

    public String getLsguName() {
        return getSubject() == null ? null : lsgus.findByCode(getSubject().getLsguCode())
                .map(l -> l.name(FacesTexts.language().isCyrillic())).orElse(getSubject().getLsguCode());
    }

    protected WorkshopRequestService requests() {
        return requests;
    }
}
