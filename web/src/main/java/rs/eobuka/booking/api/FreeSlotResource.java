package rs.eobuka.booking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.booking.FreeSlotFinder;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;

/**
 * When the given trainers and venue are all free: working-day slots of {@code minutes} between the
 * days {@code from} and {@code to} (both included), earliest first. A suggestion holds nothing.
 */
@ApplicationScoped
@Path("free-slots")
@RolesAllowed({"organizer", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class FreeSlotResource {

    static final int MAX_SLOTS = 50;

    @Inject
    FreeSlotFinder finder;

    @GET
    public Response find(@Context HttpHeaders headers,
                         @QueryParam("trainerIds") List<Long> trainerIds,
                         @QueryParam("venueId") Long venueId,
                         @QueryParam("from") String from,
                         @QueryParam("to") String to,
                         @QueryParam("minutes") Integer minutes,
                         @QueryParam("max") @DefaultValue("10") int max) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        LocalDate first = input.date("from", from);
        LocalDate last = input.date("to", to);
        if (first == null) {
            input.addMessage("from", "api.date.invalid");
        }
        if (last == null || first != null && (last.isBefore(first) || last.isAfter(first.plusDays(366)))) {
            input.addMessage("to", "booking.span.invalid");
        }
        if (minutes == null || minutes < 15 || minutes > 8 * 60) {
            input.addMessage("minutes", "booking.slotLength.invalid");
        }
        if (trainerIds.isEmpty() && venueId == null) {
            input.addMessage("trainerIds", "booking.slotResources.required");
        }
        if (input.hasErrors()) {
            return input.problem();
        }
        return Response.ok(finder.find(Set.copyOf(trainerIds), venueId, List.of(new DateWindow(first, last)),
                Duration.ofMinutes(minutes), Math.min(Math.max(max, 1), MAX_SLOTS))).build();
    }
}
