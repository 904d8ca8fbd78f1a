package rs.eobuka.booking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import rs.eobuka.booking.BookingCalendarService;
import rs.eobuka.booking.CalendarFilter;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.session.Topic;

/**
 * The planning calendar's feed: every active booking of trainers and venues overlapping
 * {@code from}–{@code to}, by start; {@code trainerId} and {@code venueId} may repeat.
 */
@ApplicationScoped
@Path("bookings")
@RolesAllowed({"organizer", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingCalendarService calendar;

    @GET
    public Response list(@Context HttpHeaders headers,
                         @QueryParam("from") String from,
                         @QueryParam("to") String to,
                         @QueryParam("trainerId") List<Long> trainerIds,
                         @QueryParam("venueId") List<Long> venueIds,
                         @QueryParam("region") String region,
                         @QueryParam("topic") String topic) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        LocalDateTime start = SpanInput.from(input, from);
        LocalDateTime end = SpanInput.to(input, to);
        SpanInput.requireOrdered(input, start, end);
        Topic topicValue = input.constant("topic", topic, Topic.class);
        if (input.hasErrors()) {
            return input.problem();
        }
        CalendarFilter filter = new CalendarFilter(start, end, Set.copyOf(trainerIds), Set.copyOf(venueIds), region, topicValue);
        return Response.ok(calendar.bookings(filter)).build();
    }
}
