package rs.eobuka.booking;

import java.time.LocalDateTime;

/** A trainer's period away, as the calendar shows it. */
public record CalendarAbsence(long id, long trainerId, String trainerName, LocalDateTime startsAt, LocalDateTime endsAt,
                              String reason) {
}
