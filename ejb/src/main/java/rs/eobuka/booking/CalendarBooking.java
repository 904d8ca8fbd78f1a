package rs.eobuka.booking;

import java.time.LocalDateTime;
import rs.eobuka.session.Topic;

/**
 * One active booking as the calendar shows it, read in one query without loading the trainer or
 * venue entities. Exactly one of {@code trainerId} and {@code venueId} is set.
 */
public record CalendarBooking(long id, LocalDateTime startsAt, LocalDateTime endsAt, HolderKind holderKind, long holderId,
                              String label, String lsguCode, Topic topic, Long trainerId, String trainerName,
                              Long venueId, String venueName) {

    /** The booked trainer's or venue's name. */
    public String resourceName() {
        return trainerId != null ? trainerName : venueName;
    }
}
