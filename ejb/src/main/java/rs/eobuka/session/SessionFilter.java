package rs.eobuka.session;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the catalogue and the organizers' session list filter by; nulls match everything.
 * {@code lsguCode} is the city or municipality, {@code region} the statistical region (Latin
 * name, as in the reference data), dates are inclusive days of the session's start.
 */
public record SessionFilter(Long programmeId, Topic topic, String lsguCode, String region,
                            LocalDate from, LocalDate to, boolean withSeatsLeft, Set<SessionStatus> statuses) {

    /** The public catalogue: published sessions from today on. */
    public static SessionFilter catalogue() {
        return new SessionFilter(null, null, null, null, null, null, false, Set.of(SessionStatus.PUBLISHED));
    }

    public SessionFilter withStatuses(Set<SessionStatus> statuses) {
        return new SessionFilter(programmeId, topic, lsguCode, region, from, to, withSeatsLeft, statuses);
    }
}
