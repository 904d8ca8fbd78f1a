package rs.eobuka.booking;

/**
 * What the venue list filters by; nulls (and false for the equipment flags) match everything.
 * {@code text} is looked for in the name and the address.
 */
public record VenueFilter(String text, String lsguCode, String region, Integer minSeats, boolean projector,
                          Integer minComputers, boolean wifi, Boolean active) {

    public static VenueFilter all() {
        return new VenueFilter(null, null, null, null, false, null, false, null);
    }

    public static VenueFilter activeIn(String lsguCode) {
        return new VenueFilter(null, lsguCode, null, null, false, null, false, true);
    }
}
