package rs.eobuka.competition.web;

import jakarta.inject.Inject;
import java.io.IOException;
import rs.eobuka.competition.Competition;
import rs.eobuka.competition.ResultsService;
import rs.eobuka.inbox.TaskCompletionService;
import rs.eobuka.inbox.web.DecisionTaskView;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.task.TaskCommand;

/**
 * What both results tasks' forms show: the competition and each category's ranking as it stands
 * (not public yet), read in pages; and how they send their decision, through the task's feature
 * exactly as the task API does.
 */
public abstract class ResultsTaskView extends DecisionTaskView<Competition> {

    private static final long serialVersionUID = 1L;
    static final String FORM = "results";
    static final String TABLE = FORM + ":ranking";

    @Inject
    transient ResultsService results;

    @Inject
    transient TaskCompletionService taskCompletion;

    private CategoryRanking ranking;

    protected ResultsTaskView() {
        super(FORM, null, null);
    }

    @Override
    protected Competition loadSubject(String taskId, String username) {
        Competition competition = results.forTask(taskId, username);
        long competitionId = competition.getId();
        ranking = new CategoryRanking(competition.getCategories(), TABLE, category -> results.rankedCount(competitionId, category),
                (category, first, max) -> results.rankingForReview(competitionId, category, first, max));
        return competition;
    }

    /** Sends the decision and returns to the inbox with {@code doneKey}'s message; a refusal stays on the form. */
    protected void complete(String decision, String reason, String doneKey) throws IOException {
        try {
            taskCompletion.decide(getTaskId(), user().getUsername(), user().getGroups(), new TaskCommand(decision, reason, null));
            FacesTexts.infoAfterRedirect("/inbox/index.xhtml", doneKey, getSubject().getTitle().in(FacesTexts.language()));
        } catch (DomainException e) {
            FacesTexts.error(e, FORM);
        }
    }

    public CategoryRanking getRanking() { return ranking; }
}
