package rs.eobuka.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import rs.eobuka.competition.EntryDetails;
import rs.eobuka.competition.EntryDetailsService;
import rs.eobuka.competition.JuryService;
import rs.eobuka.inbox.TaskCompletionService;
import rs.eobuka.inbox.web.DecisionTaskView;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.task.TaskCommand;

/**
 * tasks/entry-scoring.xhtml, the assigned juror's scoring of an entry: the entry in full, a score
 * from 1 to 10 for every criterion and an optional comment, sent as the task API's {@code SCORE};
 * or a declared conflict of interest, which ends the task unscored.
 */
@Named
@ViewScoped
public class EntryScoringView extends DecisionTaskView<EntryDetails> {

    private static final long serialVersionUID = 1L;
    static final String FORM = "scoring";
    static final int LOWEST = 1;
    static final int HIGHEST = 10;

    @Inject
    transient EntryDetailsService details;

    @Inject
    transient JuryService jury;

    @Inject
    transient TaskCompletionService taskCompletion;

    private final Map<Long, Integer> scores = new HashMap<>();
    private String comment;

    public EntryScoringView() {
        super(FORM, null, null);
    }

    @Override
    protected EntryDetails loadSubject(String taskId, String username) {
        return details.forTask(taskId, username);
    }

    public void submit() throws IOException {
        JsonObjectBuilder given = Json.createObjectBuilder();
        scores.forEach((criterion, score) -> {
            if (score != null) {
                given.add(criterion.toString(), score);
            }
        });
        JsonObjectBuilder payload = Json.createObjectBuilder().add("scores", given);
        if (comment != null && !comment.isBlank()) {
            payload.add("comment", comment);
        }
        try {
            taskCompletion.decide(getTaskId(), user().getUsername(), user().getGroups(), new TaskCommand("SCORE", null, payload.build()));
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml", "competition.scoring.saved", getSubject().title());
        } catch (DomainException e) {
            FacesTexts.error(e, FORM);
        }
    }

    /** The juror has a conflict of interest with the entry: the task ends without their scores. */
    public void declareConflict() throws IOException {
        try {
            jury.declareConflict(getSubject().competitionId(), getSubject().id(), user().getUsername());
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml", "competition.conflict.declared", getSubject().title());
        } catch (DomainException e) {
            FacesTexts.error(e, FORM);
        }
    }

    public List<Integer> getScale() {
        return IntStream.rangeClosed(LOWEST, HIGHEST).boxed().toList();
    }

    public Map<Long, Integer> getScores() { return scores; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
