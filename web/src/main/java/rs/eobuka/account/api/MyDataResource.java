package rs.eobuka.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import rs.eobuka.account.AccountDataExport;
import rs.eobuka.platform.time.SerbianTime;

/**
 * {@code GET /api/me/data}: everything eObuka keeps about the caller, as a JSON file to keep
 * (the profile page links to it). Only ever the caller's own data.
 */
@ApplicationScoped
@Path("me/data")
@RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
public class MyDataResource {

    @Inject
    AccountDataExport export;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response mine(@Context SecurityContext security) {
        String username = security.getUserPrincipal().getName();
        return Response.ok(export.exportFor(username))
                .header("Content-Disposition", "attachment; filename=\"eobuka-my-data-" + LocalDate.now(SerbianTime.ZONE) + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
