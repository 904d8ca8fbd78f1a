package rs.eobuka.booking.api;

import rs.eobuka.booking.Venue;
import rs.eobuka.platform.i18n.Language;

/** A venue as the API shows it, its city in the caller's script. */
public record VenueItem(long id, String lsguCode, String city, String name, String address, int seats, boolean projector,
                        int computers, boolean wifi, boolean active) {

    static VenueItem of(Venue venue, Language language) {
        return new VenueItem(venue.getId(), venue.getLsgu().getCode(), venue.getLsgu().name(language.isCyrillic()), venue.getName(),
                venue.getAddress(), venue.getSeats(), venue.isProjector(), venue.getComputers(), venue.isWifi(), venue.isActive());
    }
}
