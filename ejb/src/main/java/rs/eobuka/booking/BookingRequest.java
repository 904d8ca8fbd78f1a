package rs.eobuka.booking;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import rs.eobuka.session.Topic;

/**
 * What a holder (a session, a workshop, a caravan event) wants to hold: trainers and at most one
 * venue from {@code startsAt} to {@code endsAt}, local time in Serbia. The label names the holder
 * in the calendar and in a conflict message ("eBolovanje, Čačak").
 */
public record BookingRequest(HolderKind holderKind, long holderId, String label, LocalDateTime startsAt, LocalDateTime endsAt,
                             Set<Long> trainerIds, Long venueId, String lsguCode, Topic topic) {

    public BookingRequest {
        Objects.requireNonNull(holderKind);
        Objects.requireNonNull(label);
        Objects.requireNonNull(startsAt);
        Objects.requireNonNull(endsAt);
        trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
    }
}
