package rs.eobuka.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.registration.AttendanceService;
import rs.eobuka.session.SessionService;

/**
 * Attendance of one session, as the roster records it: from the session's start, confirmed
 * registrations marked attended (which earns a certificate and a feedback invitation) or no-show.
 */
@ApplicationScoped
@Path("sessions/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class SessionAttendanceResource {

    static final int MAX_BATCH = 500;

    @Inject
    AttendanceService attendance;

    @Inject
    SessionService sessions;

    /** {@code registrationIds} of the session, all marked alike; the answer says how many were marked. */
    public record Marking(List<Long> registrationIds, Boolean attended) {
    }

    public record Marked(long sessionId, int marked) {
    }

    @POST
    @RolesAllowed("organizer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Marked record(@PathParam("id") long id, Marking body, @Context SecurityContext security) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        if (body.registrationIds() == null || body.registrationIds().isEmpty() || body.registrationIds().size() > MAX_BATCH) {
            throw new RuleViolationException("registrationIds", "attendance.registrationIds");
        }
        if (body.attended() == null) {
            throw new RuleViolationException("attended", "attendance.attendedMissing");
        }
        sessions.get(id);
        List<Long> ids = body.registrationIds().stream().filter(Objects::nonNull).distinct().toList();
        return new Marked(id, attendance.record(id, ids, body.attended(), security.getUserPrincipal().getName()));
    }
}
