package rs.eobuka.platform.engine.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import rs.eobuka.platform.engine.EngineOperations;

/**
 * {@code GET /api/admin/incidents?first&max}: the engine's open incidents, newest first
 * ({@code X-Total-Count}, {@code X-Failed-Jobs}); {@code POST /api/admin/incidents/{id}/retry}
 * retries the failed job behind one (204; 404 unknown; 422 for an incident that is not a failed job).
 */
@ApplicationScoped
@Path("admin/incidents")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminIncidentResource {

    private static final int LONGEST_PAGE = 200;

    @Inject
    EngineOperations engine;

    @GET
    public Response list(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        List<EngineOperations.OpenIncident> incidents = engine.openIncidents(Math.max(0, first), Math.min(Math.max(1, max), LONGEST_PAGE));
        return Response.ok(incidents).header("X-Total-Count", engine.countOpenIncidents())
                .header("X-Failed-Jobs", engine.countFailedJobs()).build();
    }

    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") String id, @Context SecurityContext security) {
        engine.retry(id, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
