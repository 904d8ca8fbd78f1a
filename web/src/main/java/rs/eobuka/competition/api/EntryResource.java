package rs.eobuka.competition.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import rs.eobuka.competition.CompetitionEntry;
import rs.eobuka.competition.EntryGallery;
import rs.eobuka.competition.EntryImage;
import rs.eobuka.competition.EntryService;
import rs.eobuka.platform.errors.NotFoundException;

/**
 * Public, by link: an entrant confirms their entry with the token from the e-mail (once; a used
 * link is 409), and anyone reads the images of a published entry.
 */
@ApplicationScoped
@Path("entries")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class EntryResource {

    @Inject
    EntryService entries;

    @Inject
    EntryGallery gallery;

    public record Confirmed(long id, String status) {
    }

    @POST
    @Path("confirm/{token}")
    public Confirmed confirm(@PathParam("token") String token) {
        CompetitionEntry entry = entries.confirm(token);
        return new Confirmed(entry.getId(), entry.getStatus().name());
    }

    /** An image of a published entry, as stored (re-encoded on arrival), never sniffed as anything else. */
    @GET
    @Path("{id}/images/{position}")
    @Produces({"image/jpeg", "image/png"})
    public Response image(@PathParam("id") long id, @PathParam("position") int position) {
        EntryImage image = gallery.publishedImage(id, position).orElseThrow(() -> new NotFoundException("competition.entry.notFound"));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(image.getBytes(), image.getContentType()).cacheControl(cache).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"entry-" + id + "-" + position + (image.getContentType().endsWith("png")
                        ? ".png\"" : ".jpg\"")).build();
    }
}
