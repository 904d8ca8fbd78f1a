package rs.eobuka.competition.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import rs.eobuka.competition.JurorScoresService;
import rs.eobuka.competition.JurorScoresService.JurorCompetition;
import rs.eobuka.competition.JurorScoresService.ScoredEntry;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.PagedModel;

/**
 * competition/jury.xhtml, a juror's own page: the competitions they sit on (the latest first),
 * the entries they have scored in the chosen one, paged, each with every juror's scores (which a
 * juror sees only for entries they have scored themself), and their scoring tasks still open.
 */
@Named
@ViewScoped
public class CompetitionJuryView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "juryForm:scored";

    @Inject
    transient JurorScoresService jurorScores;

    @Inject
    transient CurrentUser user;

    private String username;
    private List<JurorCompetition> competitions;
    private Long competitionId;
    private long openTasks;
    private PagedModel<ScoredEntry> scored;

    public void load() {
        if (competitions != null) {
            return;
        }
        username = user.getUsername();
        competitions = jurorScores.competitionsOf(username);
        openTasks = jurorScores.openScoringTasks(username);
        if (competitionId == null || competitions.stream().noneMatch(c -> c.id() == competitionId)) {
            competitionId = competitions.isEmpty() ? null : competitions.get(0).id();
        }
        String juror = username;
        scored = new PagedModel<>(() -> competitionId == null ? 0 : jurorScores.countScored(juror, competitionId),
                (first, max) -> competitionId == null ? List.of() : jurorScores.scored(juror, competitionId, first, max),
                e -> String.valueOf(e.entryId()));
    }

    /** Another competition was chosen: its scored entries from the first page. */
    public void choose() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public JurorCompetition getCompetition() {
        return competitions == null ? null : competitions.stream().filter(c -> competitionId != null && c.id() == competitionId)
                .findFirst().orElse(null);
    }

    public List<JurorCompetition> getCompetitions() { return competitions; }
    public Long getCompetitionId() { return competitionId; }
    public void setCompetitionId(Long competitionId) { this.competitionId = competitionId; }
    public long getOpenTasks() { return openTasks; }
    public PagedModel<ScoredEntry> getScored() { return scored; }
}
