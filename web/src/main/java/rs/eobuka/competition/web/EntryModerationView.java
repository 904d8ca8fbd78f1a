package rs.eobuka.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import rs.eobuka.competition.EntryDetails;
import rs.eobuka.competition.EntryDetailsService;
import rs.eobuka.inbox.TaskCompletionService;
import rs.eobuka.inbox.web.DecisionTaskView;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.task.TaskCommand;

/**
 * tasks/entry-moderation.xhtml, an organizer's moderation of a confirmed entry: the entry in full
 * with its images (not public yet, so from {@link EntryImageServlet}); accept it into the gallery,
 * or reject it with a reason the entrant receives. Decided through the task's feature exactly as
 * the task API decides it.
 */
@Named
@ViewScoped
public class EntryModerationView extends DecisionTaskView<EntryDetails> {

    private static final long serialVersionUID = 1L;
    static final String FORM = "moderation";

    @Inject
    transient EntryDetailsService details;

    @Inject
    transient TaskCompletionService taskCompletion;

    public EntryModerationView() {
        super(FORM, null, null);
    }

    @Override
    protected EntryDetails loadSubject(String taskId, String username) {
        return details.forTask(taskId, username);
    }

    public void accept() throws IOException {
        complete("ACCEPT", null, "competition.moderation.accepted");
    }

    public void reject() throws IOException {
        complete("REJECT", getReason(), "competition.moderation.rejected");
    }

    private void complete(String decision, String reason, String doneKey) throws IOException {
        try {
            taskCompletion.decide(getTaskId(), user().getUsername(), user().getGroups(), new TaskCommand(decision, reason, null));
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml", doneKey, getSubject().title());
        } catch (DomainException e) {
            FacesTexts.error(e, FORM);
        }
    }
}
