package rs.eobuka.caravan;

import java.time.Duration;
import java.time.LocalDate;
import rs.eobuka.platform.errors.RuleViolationException;

/** When the Digital Corner of an event takes a tap. */
final class TapRules {

    /** Clocks of devices drift; a tap "made" later than this ahead of the server is taken as made now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private TapRules() {
    }

    /** Refuses a tap at a cancelled event, before the event's day, or of service {@code OTHER} without a note. */
    static void check(CaravanEventStatus status, LocalDate day, TapInput tap) {
        if (status == CaravanEventStatus.CANCELLED) {
            throw new RuleViolationException(null, "caravan.event.cancelled");
        }
        if (day.isAfter(CaravanService.today())) {
            throw new RuleViolationException(null, "caravan.tally.notYet");
        }
        if (tap.service() == CornerService.OTHER && (tap.note() == null || tap.note().isBlank())) {
            throw new RuleViolationException("note", "caravan.tally.noteRequired");
        }
    }
}
