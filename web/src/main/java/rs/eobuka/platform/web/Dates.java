package rs.eobuka.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants as Serbia reads them: local time in Belgrade, {@code 22.11.2026. 14:05}
 * (the same digits in every language of the app).
 */
@Named
@ApplicationScoped
public class Dates {

    static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy. HH:mm").withZone(ZONE);
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy. HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy.");

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A time already local to Serbia (a session's start, end and deadline). */
    public String formatLocal(LocalDateTime time) {
        return time == null ? "" : LOCAL_DATE_TIME.format(time);
    }

    /** The same as {@link #formatLocal}, for pages that pass either kind of time to one name. */
    public String format(LocalDateTime time) {
        return formatLocal(time);
    }

    public String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
