package rs.eobuka.booking;

/** What an organizer enters for a venue: where it is, how many it seats and what it has. */
public record VenueDetails(String lsguCode, String name, String address, int seats, boolean projector, int computers,
                           boolean wifi) {
}
