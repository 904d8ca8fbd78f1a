package rs.eobuka.workshop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.session.Topic;

/**
 * What a participant asks for: topic, their LSGU, organisation, how many will come, up to three
 * preferred windows, and optionally a venue they offer, a contact and notes. Whether the topic is
 * one workshops teach and whether the windows lie ahead is checked by {@link WorkshopRequestService}.
 */
public record WorkshopRequestDetails(@NotNull(message = "{eobuka.workshop.topic.required}") Topic topic,
                                     @NotBlank(message = "{eobuka.lsgu.required}") String lsguCode,
                                     @NotBlank(message = "{eobuka.workshop.organisation.required}") @Size(max = 200) String organisationName,
                                     @Min(value = 1, message = "{eobuka.workshop.participants.invalid}")
                                     @Max(value = 500, message = "{eobuka.workshop.participants.invalid}") int expectedParticipants,
                                     @NotEmpty(message = "{eobuka.workshop.windows.required}")
                                     @Size(max = 3, message = "{eobuka.workshop.windows.tooMany}") List<DateWindow> preferredWindows,
                                     @Size(max = 500) String venueOffer,
                                     @Size(max = 300) String contact,
                                     @Size(max = 2000) String notes,
                                     boolean lsguOnly) {
}
