package rs.eobuka.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;

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

    /**
     * An instant, or a time already local to Serbia (as {@link #formatLocal}), for pages that pass
     * either kind of time to one name; empty for none. One method, not an overload per type: EL
     * cannot choose between overloads for a null argument (a task without a due date) and fails
     * the whole page.
     */
    public String format(Temporal time) {
        if (time == null) {
            return "";
        }
        if (time instanceof Instant instant) {
            return DATE_TIME.format(instant);
        }
        if (time instanceof LocalDateTime local) {
            return formatLocal(local);
        }
        throw new IllegalArgumentException("not an instant or a local date and time: " + time);
    }

    /** A time already local to Serbia (a session's start, end and deadline). */
    public String formatLocal(LocalDateTime time) {
        return time == null ? "" : LOCAL_DATE_TIME.format(time);
    }

    public String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
