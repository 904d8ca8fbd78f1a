package rs.eobuka.campaign.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import rs.eobuka.campaign.EServiceDraft;
import rs.eobuka.campaign.EServiceEditor;
import rs.eobuka.campaign.LocalEService;
import rs.eobuka.feedback.api.TextBody;
import rs.eobuka.platform.errors.RuleViolationException;

/**
 * Organizers keep the e-services of the campaigns' municipalities, which the campaign's page and
 * {@code GET /api/campaigns/{id}} show: list an LSGU's, add one, correct it, remove it.
 */
@ApplicationScoped
@Path("eservices")
@RolesAllowed("organizer")
@Produces(MediaType.APPLICATION_JSON)
public class EServiceResource {

    @Inject
    EServiceEditor editor;

    /** An e-service as written: names and descriptions as {@code {srLatn, srCyrl, en}}. */
    public record EServiceInput(String lsguCode, TextBody name, TextBody description, String url) {

        EServiceDraft draft() {
            return new EServiceDraft(lsguCode, TextBody.toText(name), TextBody.toText(description), url);
        }
    }

    public record EServiceItem(long id, String lsguCode, int position, TextBody name, TextBody description, String url) {

        static EServiceItem of(LocalEService s) {
            return new EServiceItem(s.getId(), s.getLsguCode(), s.getPosition(), TextBody.of(s.getName()), TextBody.of(s.getDescription()),
                    s.getUrl());
        }
    }

    @GET
    public List<EServiceItem> list(@QueryParam("lsguCode") String lsguCode) {
        if (lsguCode == null || lsguCode.isBlank()) {
            throw new RuleViolationException("lsguCode", "eservice.lsgu.notInCampaign");
        }
        return editor.of(lsguCode).stream().map(EServiceItem::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(EServiceInput body, @Context UriInfo uri) {
        LocalEService added = editor.add(input(body).draft());
        return Response.created(uri.getAbsolutePathBuilder().path(added.getId().toString()).build()).entity(EServiceItem.of(added)).build();
    }

    @GET
    @Path("{id}")
    public EServiceItem get(@PathParam("id") long id) {
        return EServiceItem.of(editor.get(id));
    }

    /** Corrects the e-service's texts and address; its LSGU stays. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EServiceItem update(@PathParam("id") long id, EServiceInput body) {
        return EServiceItem.of(editor.update(id, input(body).draft()));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        editor.remove(id);
        return Response.noContent().build();
    }

    private static EServiceInput input(EServiceInput body) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        return body;
    }
}
