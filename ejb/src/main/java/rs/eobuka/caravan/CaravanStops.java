package rs.eobuka.caravan;

import java.util.List;
import java.util.Optional;

/**
 * What workshop scheduling asks of the caravan: the planned events a workshop request can be
 * attached to, and how many citizens the Digital Corner of an event helped (for the workshop's
 * event report).
 */
public interface CaravanStops {

    /** Planned events (not held, not cancelled, today or later) in the LSGU, by day. */
    List<CaravanStop> plannedIn(String lsguCode);

    /** The event if it is still planned. */
    Optional<CaravanStop> planned(long eventId);

    /** Citizens counted at the event's Digital Corner (undone taps excluded). */
    long citizensHelped(long eventId);
}
