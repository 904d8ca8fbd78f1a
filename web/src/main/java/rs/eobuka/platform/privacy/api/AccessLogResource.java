package rs.eobuka.platform.privacy.api;

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
import java.time.Instant;
import java.util.List;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.privacy.AccessKind;
import rs.eobuka.platform.privacy.AccessLog;

/** Admin only: the log of views of personal data, newest first ({@code viewer}, {@code kind}, {@code first}, {@code max}). */
@ApplicationScoped
@Path("admin/access-log")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    static final int MAX_PAGE = 200;

    @Inject
    AccessLog log;

    /** One view: who, what kind, whose, when. */
    public record View(String viewer, String kind, String subject, Instant viewedAt) {
    }

    @GET
    public Response list(@QueryParam("viewer") String viewer, @QueryParam("kind") String kind,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max,
                         @Context HttpHeaders headers) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        AccessKind chosen = input.constant("kind", kind, AccessKind.class);
        if (input.hasErrors()) {
            return input.problem();
        }
        List<View> views = log.find(viewer, chosen, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE)).stream()
                .map(r -> new View(r.getViewer(), r.getKind().name(), r.getSubject(), r.getViewedAt())).toList();
        return Response.ok(views).header("X-Total-Count", log.count(viewer, chosen)).header("Cache-Control", "no-store").build();
    }
}
