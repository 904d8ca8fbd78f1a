package rs.eobuka.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.registration.AttendanceService;
import rs.eobuka.registration.CertificateDocument;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;

/** Registrations: the caller's own, or any for organizers and admins. */
@ApplicationScoped
@Path("registrations")
@RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    static final int MAX_PAGE = 200;

    @Inject
    RegistrationService registrations;

    @Inject
    AttendanceService attendance;

    /** The caller's own registrations, latest sessions first. */
    @GET
    public List<RegistrationItem> mine(@Context SecurityContext security,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("50") int max) {
        return registrations.findMine(security.getUserPrincipal().getName(), Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
                .stream().map(r -> RegistrationItem.of(r, registrations.waitlistPosition(r))).toList();
    }

    @GET
    @Path("{id}")
    public RegistrationItem get(@PathParam("id") long id, @Context SecurityContext security) {
        Registration registration = registrations.getVisible(id, security.getUserPrincipal().getName(), mayManage(security));
        return RegistrationItem.of(registration, registrations.waitlistPosition(registration));
    }

    /** Cancels: the owner, or an organizer. A freed seat goes to the head of the waiting list. */
    @DELETE
    @Path("{id}")
    public RegistrationItem cancel(@PathParam("id") long id, @Context SecurityContext security) {
        Registration registration = registrations.cancel(id, security.getUserPrincipal().getName(), mayManage(security));
        return RegistrationItem.of(registration, 0);
    }

    /** The attendance certificate as a PDF in the caller's language. */
    @GET
    @Path("{id}/certificate")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") long id, @Context SecurityContext security, @Context HttpHeaders headers) {
        String username = security.getUserPrincipal().getName();
        byte[] pdf = attendance.certificate(id, username, mayManage(security), ApiLanguage.of(headers));
        Registration registration = registrations.get(id);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + CertificateDocument.fileName(registration) + "\"")
                .build();
    }

    private static boolean mayManage(SecurityContext security) {
        return security.isUserInRole("organizer") || security.isUserInRole("admin");
    }
}
