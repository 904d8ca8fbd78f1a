package rs.eobuka.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import rs.eobuka.competition.CompetitionOverview;
import rs.eobuka.competition.EntryStatus;
import rs.eobuka.competition.JuryService;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * The organizers' part of a competition's page: entries by status, each juror's progress, and
 * the audit trail's export. Read once per view, and only for an organizer.
 */
@Named
@ViewScoped
public class CompetitionOverviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CompetitionOverview overview;

    @Inject
    transient JuryService jury;

    @Inject
    transient CurrentUser user;

    private Map<EntryStatus, Long> entries;
    private List<JuryService.Progress> progress;

    /** The entries' counts by status, read for organizers only. */
    public Map<EntryStatus, Long> entries(long competitionId) {
        if (entries == null && user.isOrganizer()) {
            entries = overview.entriesByStatus(competitionId);
        }
        return entries;
    }

    /** Each juror's scored entries and open scoring tasks, read for organizers only. */
    public List<JuryService.Progress> progress(long competitionId) {
        if (progress == null && user.isOrganizer()) {
            progress = jury.progress(competitionId);
        }
        return progress;
    }

    public List<EntryStatus> getStatuses() {
        return List.of(EntryStatus.values());
    }
}
