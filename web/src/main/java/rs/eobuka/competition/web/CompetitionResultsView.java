package rs.eobuka.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import rs.eobuka.competition.Competition;
import rs.eobuka.competition.CompetitionService;
import rs.eobuka.competition.ResultsDocument;
import rs.eobuka.competition.ResultsService;
import rs.eobuka.competition.ResultsStatus;

/**
 * competition/results.xhtml?id=N, the public results once a second organizer has approved them:
 * per category the ranking with the jury's and the public's parts and the final score, and the
 * results as a PDF. Before then it says the results are not published.
 */
@Named
@ViewScoped
public class CompetitionResultsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "resultsForm:ranking";

    @Inject
    transient CompetitionService competitions;

    @Inject
    transient ResultsService results;

    private Long id;
    private Competition competition;
    private CategoryRanking ranking;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        competition = competitions.find(id).orElse(null);
        if (isPublished()) {
            long competitionId = competition.getId();
            ranking = new CategoryRanking(competition.getCategories(), TABLE, category -> results.rankedCount(competitionId, category),
                    (category, first, max) -> results.results(competitionId, category, first, max));
        }
    }

    public boolean isFound() {
        return competition != null;
    }

    public boolean isPublished() {
        return competition != null && competition.getResultsStatus() == ResultsStatus.APPROVED;
    }

    /** The jury's part of the final score, as the results' formula states it ("70.0 %"). */
    public String getJuryPart() {
        return ResultsDocument.percent(BigDecimal.ONE.subtract(competition.getPublicVoteWeight()));
    }

    /** The public vote's part of the final score. */
    public String getPublicPart() {
        return ResultsDocument.percent(competition.getPublicVoteWeight());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Competition getCompetition() { return competition; }
    public CategoryRanking getRanking() { return ranking; }
}
