package rs.eobuka.booking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import rs.eobuka.booking.BookingCalendarService;
import rs.eobuka.booking.CalendarFilter;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueDetails;
import rs.eobuka.booking.VenueFilter;
import rs.eobuka.booking.VenueService;
import rs.eobuka.booking.VenueSort;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

/** Venues of the LSGUs and their bookings; organizers and admins only. */
@ApplicationScoped
@Path("venues")
@RolesAllowed({"organizer", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

    static final int MAX_PAGE = 200;

    @Inject
    VenueService venues;

    @Inject
    BookingCalendarService calendar;

    @Inject
    Validator validator;

    /** The JSON of a venue as sent; a missing number is a 422 naming it, not a zero. */
    public record VenueInput(String lsguCode, String name, String address, Integer seats, Boolean projector, Integer computers,
                             Boolean wifi, Boolean active) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(VenueInput body, @Context HttpHeaders headers, @Context UriInfo uri) {
        Language language = ApiLanguage.of(headers);
        ApiInput input = new ApiInput(language);
        VenueDetails details = details(body, input, language);
        if (input.hasErrors()) {
            return input.problem();
        }
        Venue venue = venues.create(details);
        if (Boolean.FALSE.equals(body.active())) {
            venue = venues.setActive(venue.getId(), false);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(venue.getId().toString()).build())
                .entity(VenueItem.of(venue, language)).build();
    }

    @GET
    public Response list(@Context HttpHeaders headers,
                         @QueryParam("lsguCode") String lsguCode,
                         @QueryParam("region") String region,
                         @QueryParam("text") String text,
                         @QueryParam("minSeats") Integer minSeats,
                         @QueryParam("projector") @DefaultValue("false") boolean projector,
                         @QueryParam("minComputers") Integer minComputers,
                         @QueryParam("wifi") @DefaultValue("false") boolean wifi,
                         @QueryParam("active") Boolean active,
                         @QueryParam("sort") @DefaultValue("NAME") String sort,
                         @QueryParam("desc") @DefaultValue("false") boolean desc,
                         @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("max") @DefaultValue("50") int max) {
        Language language = ApiLanguage.of(headers);
        ApiInput input = new ApiInput(language);
        VenueSort order = input.constant("sort", sort, VenueSort.class);
        if (input.hasErrors()) {
            return input.problem();
        }
        VenueFilter filter = new VenueFilter(text, lsguCode, region, minSeats, projector, minComputers, wifi, active);
        List<VenueItem> page = venues.find(filter, order, !desc, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
                .stream().map(v -> VenueItem.of(v, language)).toList();
        return Response.ok(page).header("X-Total-Count", venues.count(filter)).build();
    }

    @GET
    @Path("{id}")
    public VenueItem get(@PathParam("id") long id, @Context HttpHeaders headers) {
        return VenueItem.of(venues.find(id), ApiLanguage.of(headers));
    }

    /** Replaces the venue's details; {@code active} (optional) closes or reopens it for bookings. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, VenueInput body, @Context HttpHeaders headers) {
        Language language = ApiLanguage.of(headers);
        ApiInput input = new ApiInput(language);
        VenueDetails details = details(body, input, language);
        if (input.hasErrors()) {
            return input.problem();
        }
        Venue venue = venues.update(id, details);
        if (body.active() != null) {
            venue = venues.setActive(id, body.active());
        }
        return Response.ok(VenueItem.of(venue, language)).build();
    }

    /** The venue's active bookings overlapping {@code from}–{@code to}, by start. */
    @GET
    @Path("{id}/bookings")
    public Response bookings(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                             @Context HttpHeaders headers) {
        venues.find(id);
        return SpanInput.answer(headers, from, to, (start, end) -> calendar.bookings(CalendarFilter.ofVenue(id, start, end)));
    }

    private VenueDetails details(VenueInput body, ApiInput input, Language language) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        if (body.seats() == null) {
            input.addMessage("seats", "eobuka.venue.seats.invalid");
        }
        VenueDetails details = new VenueDetails(body.lsguCode(), body.name(), body.address(), body.seats() == null ? 1 : body.seats(),
                Boolean.TRUE.equals(body.projector()), body.computers() == null ? 0 : body.computers(), Boolean.TRUE.equals(body.wifi()));
        validator.validate(details).forEach(v -> input.add(v.getPropertyPath().toString(), Texts.violation(language, v)));
        return details;
    }
}
