package rs.eobuka.impact;

import java.util.List;
import java.util.Map;

/**
 * What a report's scope delivered, counted by the database when the report is drafted: kept with
 * the report as JSON, so that a published report shows the figures it was approved with.
 *
 * @param sessionsHeld       published sessions that ended in the period, workshops included
 * @param workshopsHeld      of those, the ones held for a workshop request
 * @param participantsTrained people marked present, each once
 * @param attendanceRate     present / (present + absent) of the attendance recorded, 0–1
 * @param byOrganisationType people trained by the type of organisation they work for
 * @param byRegion           people trained by the statistical region of their LSGU
 * @param topLsgus           the LSGUs with the most people trained, at most ten
 * @param citizensByService  Digital Corner citizens by the e-service they were helped with
 * @param responseRate       answered / invited, 0–1
 * @param satisfactionMean   mean satisfaction rating (1–5), or {@code null} without answers
 * @param knowledgeShift     mean rise of self-rated knowledge after the training, or {@code null}
 * @param previous           the same headline figures for the period just before
 */
public record ImpactFigures(long sessionsHeld, long workshopsHeld, long participantsTrained, double attendanceRate,
                            Map<String, Long> byOrganisationType, List<Count> byRegion, List<Count> topLsgus,
                            long certificatesIssued, long caravanEvents, long citizensHelped, Map<String, Long> citizensByService,
                            long invitations, long answers, double responseRate, Double satisfactionMean, Double knowledgeShift,
                            long lsgusReached, long lsgusInScope, Headline previous) {

    /** A named count (a region, an LSGU by its Latin and Cyrillic names). */
    public record Count(String key, String nameLatn, String nameCyrl, long count) {

        public String name(boolean cyrillic) {
            return cyrillic ? nameCyrl : nameLatn;
        }
    }

    /** The figures compared with the period before. */
    public record Headline(long sessionsHeld, long participantsTrained, long caravanEvents, long citizensHelped,
                           double responseRate, Double satisfactionMean, long lsgusReached) {
    }

    public Headline headline() {
        return new Headline(sessionsHeld, participantsTrained, caravanEvents, citizensHelped, responseRate, satisfactionMean, lsgusReached);
    }
}
