package rs.eobuka.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import rs.eobuka.account.ErasureRequest;
import rs.eobuka.account.ErasureService;
import rs.eobuka.platform.errors.NotFoundException;

/**
 * {@code /api/me/erasure-request}: the caller asks to be forgotten ({@code POST}, 202: an
 * administrator confirms within thirty days; 409 while a request is open) and sees their open
 * request ({@code GET}, 404 when there is none). Only ever the caller's own request.
 */
@ApplicationScoped
@Path("me/erasure-request")
@RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class MyErasureResource {

    @Inject
    ErasureService erasures;

    @POST
    public Response request(@Context SecurityContext security) {
        return Response.accepted(json(erasures.request(security.getUserPrincipal().getName()))).build();
    }

    @GET
    public JsonObject open(@Context SecurityContext security) {
        return json(erasures.openRequestOf(security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("privacy.erasure.none")));
    }

    private static JsonObject json(ErasureRequest request) {
        return Json.createObjectBuilder()
                .add("id", request.getId())
                .add("status", request.getStatus().name())
                .add("requestedAt", request.getRequestedAt().toString())
                .build();
    }
}
