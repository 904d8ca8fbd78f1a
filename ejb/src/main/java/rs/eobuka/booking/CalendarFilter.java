package rs.eobuka.booking;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import rs.eobuka.session.Topic;

/**
 * What the planning calendar shows: the span {@code from}–{@code to} (local time in Serbia), and
 * optionally only some trainers or venues (a booking matches either set), one statistical region
 * (Latin name; the booking's LSGU, or its venue's) and one topic. Empty sets and nulls match everything.
 */
public record CalendarFilter(LocalDateTime from, LocalDateTime to, Set<Long> trainerIds, Set<Long> venueIds,
                             String region, Topic topic) {

    public CalendarFilter {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
        venueIds = venueIds == null ? Set.of() : Set.copyOf(venueIds);
        region = region == null || region.isBlank() ? null : region.strip();
    }

    public static CalendarFilter between(LocalDateTime from, LocalDateTime to) {
        return new CalendarFilter(from, to, Set.of(), Set.of(), null, null);
    }

    public static CalendarFilter ofTrainer(long trainerId, LocalDateTime from, LocalDateTime to) {
        return new CalendarFilter(from, to, Set.of(trainerId), Set.of(), null, null);
    }

    public static CalendarFilter ofVenue(long venueId, LocalDateTime from, LocalDateTime to) {
        return new CalendarFilter(from, to, Set.of(), Set.of(venueId), null, null);
    }

    boolean byResource() {
        return !trainerIds.isEmpty() || !venueIds.isEmpty();
    }
}
