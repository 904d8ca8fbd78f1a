package rs.eobuka.feedback;

import java.time.LocalDate;

/**
 * Which surveys a set of results covers: one session, or a programme's, an LSGU's or a region's
 * surveys of things held between two days (each part optional).
 */
public record ResultsScope(Long sessionId, Long programmeId, String lsguCode, String region, LocalDate from, LocalDate to) {

    public static ResultsScope session(long sessionId) {
        return new ResultsScope(sessionId, null, null, null, null, null);
    }
}
