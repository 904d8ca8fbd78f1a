package rs.eobuka.booking;

import java.time.LocalDateTime;

/** A span in which every asked-for trainer and the venue are free. */
public record FreeSlot(LocalDateTime start, LocalDateTime end) {
}
