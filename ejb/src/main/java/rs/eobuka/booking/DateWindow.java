package rs.eobuka.booking;

import java.time.LocalDate;
import java.util.Objects;

/** A span of days, both ends included, in which something may take place (a requester's preferred window). */
public record DateWindow(LocalDate from, LocalDate to) {

    public DateWindow {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts: " + from + " .. " + to);
        }
    }
}
