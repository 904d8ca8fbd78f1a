package rs.eobuka.platform.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Sessions are planned in Serbia's local time; the engine's timers and due dates need instants.
 * The conversions, and the working-day arithmetic of due dates, live here once.
 */
public final class SerbianTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

    private SerbianTime() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }

    public static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    public static Date date(LocalDateTime local) {
        return Date.from(instant(local));
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The same time of day, that many working days (Monday to Friday) later. */
    public static Date workingDaysAfter(Instant start, int workingDays) {
        ZonedDateTime due = start.atZone(ZONE);
        int left = workingDays;
        while (left > 0) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return Date.from(due.toInstant());
    }
}
