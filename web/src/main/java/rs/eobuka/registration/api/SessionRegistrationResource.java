package rs.eobuka.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.privacy.AccessKind;
import rs.eobuka.platform.privacy.AccessLog;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.registration.RegistrationStatus;
import rs.eobuka.registration.RosterFilter;
import rs.eobuka.registration.RosterService;
import rs.eobuka.registration.RosterSort;
import rs.eobuka.session.SessionService;

/**
 * The registrations of one session: a participant registers, an organizer reads the roster.
 * Nested under the session's URL; the session itself is served by {@code session.api.SessionResource}.
 */
// One instance serves every request (it keeps no state of its own), not one built per request.
@ApplicationScoped
@Path("sessions/{id}/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class SessionRegistrationResource {

    static final int MAX_PAGE = 200;

    @Inject
    RegistrationService registrations;

    @Inject
    RosterService roster;

    @Inject
    AccessLog accessLog;

    @Inject
    SessionService sessions;

    /**
     * The caller registers for the session: a seat pending approval, or a place on the waiting
     * list. The body says that the participant consented, on the client's screen, to the
     * processing of their data for the training: {@code {"consent": true}}; without it the
     * answer is 422 naming {@code consent}, as the catalogue page refuses an unticked box.
     */
    @POST
    @RolesAllowed("participant")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("id") long id, RegistrationBody body, @Context SecurityContext security, @Context UriInfo uri) {
        boolean consent = body != null && Boolean.TRUE.equals(body.consent());
        Registration registration = registrations.register(id, security.getUserPrincipal().getName(), consent);
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(registration.getId().toString()).build())
                .entity(RegistrationItem.of(registration, waiting(registration))).build();
    }

    /** A registration's body: the participant's consent. */
    public record RegistrationBody(Boolean consent) {
    }

    /** The place on the waiting list; most registrations hold a seat, and skip the call (and its count). */
    private long waiting(Registration registration) {
        return registration.getStatus() == RegistrationStatus.WAITLISTED ? registrations.waitlistPosition(registration) : 0;
    }

    /** The session's roster for organizers: filtered, sorted and paged in the database; total in {@code X-Total-Count}. */
    @GET
    @RolesAllowed({"organizer", "admin"})
    public Response roster(@PathParam("id") long id, @Context HttpHeaders headers, @Context SecurityContext security,
                           @QueryParam("status") String status,
                           @QueryParam("name") String name,
                           @QueryParam("sort") @DefaultValue("REGISTERED_AT") String sort,
                           @QueryParam("desc") @DefaultValue("false") boolean descending,
                           @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("50") int max) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        RosterFilter filter = new RosterFilter(input.constant("status", status, RegistrationStatus.class), name);
        RosterSort order = input.constant("sort", sort, RosterSort.class);
        if (input.hasErrors()) {
            return input.problem();
        }
        sessions.get(id);
        accessLog.record(security.getUserPrincipal().getName(), AccessKind.ROSTER, "session:" + id);
        List<RosterItem> page = roster.find(id, filter, order, !descending, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
                .stream().map(RosterItem::of).toList();
        return Response.ok(page).header("X-Total-Count", roster.count(id, filter)).build();
    }
}
