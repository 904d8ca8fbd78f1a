package rs.eobuka.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an organizer enters for a venue: where it is, how many it seats and what it has. */
public record VenueDetails(@NotBlank(message = "{eobuka.venue.lsgu.required}") String lsguCode,
                           @NotBlank(message = "{eobuka.venue.name.required}") @Size(max = 200, message = "{eobuka.venue.name.required}") String name,
                           @NotBlank(message = "{eobuka.venue.address.required}") @Size(max = 300, message = "{eobuka.venue.address.required}") String address,
                           @Min(value = 1, message = "{eobuka.venue.seats.invalid}") @Max(value = 5000, message = "{eobuka.venue.seats.invalid}") int seats,
                           boolean projector,
                           @Min(value = 0, message = "{eobuka.venue.computers.invalid}") @Max(value = 1000, message = "{eobuka.venue.computers.invalid}") int computers,
                           boolean wifi) {
}
