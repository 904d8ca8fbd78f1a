package rs.eobuka.booking;

import java.util.Map;
import rs.eobuka.platform.errors.ConflictException;

/**
 * A trainer or venue is already held at an overlapping time (or the trainer is unavailable then).
 * Names the booking in the way, so the API can answer with it and a form can show it.
 */
public class BookingConflictException extends ConflictException {

    private final Long bookingId;

    BookingConflictException(String field, Long bookingId, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
        this.bookingId = bookingId;
    }

    /** The conflicting booking's id, or null when the trainer is unavailable at that time. */
    public Long bookingId() {
        return bookingId;
    }

    /** The API names the booking in the way as {@code conflictingBookingId}. */
    @Override
    public Map<String, Object> extensions() {
        return bookingId == null ? Map.of() : Map.of("conflictingBookingId", bookingId);
    }
}
