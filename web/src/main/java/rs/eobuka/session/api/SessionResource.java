package rs.eobuka.session.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueService;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.SessionCalendar;
import rs.eobuka.session.SessionFilter;
import rs.eobuka.session.SessionPlan;
import rs.eobuka.session.SessionService;
import rs.eobuka.session.SessionSort;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.Topic;
import rs.eobuka.session.TrainingSession;

/**
 * Training sessions: the public catalogue (published, upcoming by default), a session's calendar
 * file, proposals by organizers and cancellation. A session's registrations are served by
 * {@code registration.api.SessionRegistrationResource}.
 */
// One instance serves every request (it keeps no state of its own), not one built per request.
@ApplicationScoped
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    static final int MAX_PAGE = 200;

    @Inject
    SessionService sessions;

    @Inject
    SessionApprovalService approvals;

    @Inject
    Validator validator;

    @Inject
    VenueService venues;

    /** The JSON of a proposal as sent; dates and codes stay text so a bad value is a 422 naming the field. */
    public record Proposal(Long trainingId, String lsguCode, String venue, String address, String start, String end,
                           Integer capacity, String registrationDeadline, Integer lsguQuota, String trainers,
                           List<String> audienceTypes, Set<Long> trainerIds, Long venueId) {
    }

    public record Proposed(long id, String status) {
    }

    public record Cancellation(String reason) {
    }

    @GET
    @PermitAll
    public Response list(@Context HttpHeaders headers,
                         @QueryParam("programmeId") Long programmeId,
                         @QueryParam("topic") String topic,
                         @QueryParam("lsguCode") String lsguCode,
                         @QueryParam("region") String region,
                         @QueryParam("from") String from,
                         @QueryParam("to") String to,
                         @QueryParam("seatsLeft") @DefaultValue("false") boolean seatsLeft,
                         @QueryParam("sort") @DefaultValue("STARTS_AT") String sort,
                         @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("max") @DefaultValue("50") int max) {
        Language language = ApiLanguage.of(headers);
        ApiInput input = new ApiInput(language);
        Topic topicValue = input.constant("topic", topic, Topic.class);
        SessionSort order = input.constant("sort", sort, SessionSort.class);
        java.time.LocalDate fromDay = input.date("from", from);
        java.time.LocalDate toDay = input.date("to", to);
        if (input.hasErrors()) {
            return input.problem();
        }
        SessionFilter filter = new SessionFilter(programmeId, topicValue, blankToNull(lsguCode), blankToNull(region),
                fromDay == null ? SessionService.today() : fromDay, toDay, seatsLeft, Set.of(SessionStatus.PUBLISHED));
        List<SessionSummary> page = sessions.find(filter, order, true, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
                .stream().map(s -> SessionSummary.of(s, language)).toList();
        return Response.ok(page).header("X-Total-Count", sessions.count(filter)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public SessionSummary get(@PathParam("id") long id, @Context HttpHeaders headers) {
        return SessionSummary.of(sessions.getPublic(id), ApiLanguage.of(headers));
    }

    /** The session as an iCalendar file. */
    @GET
    @Path("{id}/calendar")
    @PermitAll
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") long id, @Context HttpHeaders headers) {
        TrainingSession session = sessions.getPublic(id);
        return Response.ok(SessionCalendar.ics(session, ApiLanguage.of(headers)), SessionCalendar.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + SessionCalendar.fileName(session) + "\"")
                .build();
    }

    /** An organizer proposes a session; another organizer approves it through the task endpoints. */
    @POST
    @RolesAllowed("organizer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(Proposal body, @Context SecurityContext security, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        Language language = ApiLanguage.of(headers);
        ApiInput input = new ApiInput(language);
        String venueName = body.venue();
        String address = body.address();
        if ((venueName == null || venueName.isBlank()) && body.venueId() != null) {
            // a venue from the list names itself; an unknown id is refused when the session books it
            Venue venue = venues.lookup(body.venueId()).orElse(null);
            venueName = venue == null ? venueName : venue.getName();
            address = venue == null || address != null && !address.isBlank() ? address : venue.getAddress();
        }
        SessionPlan plan = new SessionPlan(body.trainingId(), body.lsguCode(), venueName, address,
                input.dateTime("start", body.start()), input.dateTime("end", body.end()),
                input.dateTime("registrationDeadline", body.registrationDeadline()),
                body.capacity() == null ? 0 : body.capacity(), body.lsguQuota(), body.trainers(),
                input.constants("audienceTypes", body.audienceTypes(), OrganisationType.class),
                body.trainerIds() == null ? Set.of() : body.trainerIds(), body.venueId());
        validator.validate(plan).forEach(v -> input.add(field(v.getPropertyPath().toString()), Texts.violation(language, v)));
        if (input.hasErrors()) {
            return input.problem();
        }
        TrainingSession session = approvals.propose(plan, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(session.getId().toString()).build())
                .entity(new Proposed(session.getId(), session.getStatus().name())).build();
    }

    /** An organizer cancels a published session: every registration ends and every registrant is told why. */
    @POST
    @Path("{id}/cancellation")
    @RolesAllowed("organizer")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionSummary cancel(@PathParam("id") long id, Cancellation body, @Context SecurityContext security,
                                 @Context HttpHeaders headers) {
        approvals.cancel(id, security.getUserPrincipal().getName(), body == null ? null : body.reason());
        return SessionSummary.of(sessions.get(id), ApiLanguage.of(headers));
    }

    /** Field names of the request, not of the record: {@code startsAt} was sent as {@code start}. */
    private static String field(String property) {
        return switch (property) {
            case "startsAt" -> "start";
            case "endsAt" -> "end";
            default -> property;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
