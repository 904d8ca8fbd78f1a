package rs.eobuka.competition;

import java.time.LocalDateTime;

/**
 * Where a competition stands at a moment, read from its windows: entries, then the jury (and the
 * public vote, whose window may overlap the jury's), counting, and published results.
 */
public enum CompetitionPhase {
    UPCOMING,
    ENTRIES_OPEN,
    JUDGING,
    VOTING,
    COUNTING,
    RESULTS_PUBLISHED;

    static CompetitionPhase of(Competition competition, LocalDateTime now) {
        if (competition.getResultsStatus() == ResultsStatus.APPROVED) {
            return RESULTS_PUBLISHED;
        }
        if (now.isBefore(competition.getEntryOpens())) {
            return UPCOMING;
        }
        if (now.isBefore(competition.getEntryCloses())) {
            return ENTRIES_OPEN;
        }
        if (competition.isVoteOpen(now)) {
            return VOTING;
        }
        if (now.isBefore(competition.getJuryDeadline()) || now.isBefore(competition.getVoteOpens())) {
            return JUDGING;
        }
        return COUNTING;
    }
}
