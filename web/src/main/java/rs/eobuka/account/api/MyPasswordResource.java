package rs.eobuka.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import rs.eobuka.account.PasswordChange;
import rs.eobuka.account.PasswordService;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.security.web.SessionValidityFilter;

/**
 * {@code POST /api/me/password} {@code {"currentPassword", "newPassword"}}: the caller changes
 * their password (204). A wrong current password or a short new one is 422 naming the field.
 * The caller's other sessions end; the one that made the call, if any, goes on.
 */
@ApplicationScoped
@Path("me/password")
@RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class MyPasswordResource {

    @Inject
    PasswordService passwords;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(PasswordChange body, @Context SecurityContext security, @Context HttpServletRequest request) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        String username = security.getUserPrincipal().getName();
        long stamp = passwords.change(username, body);
        SessionValidityFilter.keep(request.getSession(false), username, stamp);
        return Response.noContent().build();
    }
}
