package rs.eobuka.caravan.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import rs.eobuka.caravan.AgeBand;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.caravan.CaravanPartKind;
import rs.eobuka.caravan.CaravanService;
import rs.eobuka.caravan.CornerService;
import rs.eobuka.caravan.CornerTallyService;
import rs.eobuka.caravan.EventPlan;
import rs.eobuka.caravan.PartPlan;
import rs.eobuka.caravan.TapInput;
import rs.eobuka.caravan.TapResult;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.time.SerbianTime;

/**
 * Digital Caravan events: the public programme of upcoming and past stops, planning by organizers,
 * and the Digital Corner's tally, which only an event's staff (organizers and its trainers) may
 * count and read.
 */
@ApplicationScoped
@Path("caravan-events")
@Produces(MediaType.APPLICATION_JSON)
public class CaravanEventResource {

    static final int MAX_PAGE = 100;

    @Inject
    CaravanService caravan;

    @Inject
    CornerTallyService tally;

    @Inject
    Validator validator;

    /** An event as sent; dates, times and constants stay text so a bad value is a 422 naming the field. */
    public record EventBody(String lsguCode, String day, String title, String description, List<PartBody> parts) {
    }

    public record PartBody(String kind, String title, String start, String end, Long venueId, List<Long> trainerIds, Long sessionId) {
    }

    public record TapBody(String service, String clientTapId, String ageBand, Boolean deviceHelp, String note, String tappedAt) {
    }

    public record Cancellation(String reason) {
    }

    @GET
    @PermitAll
    public Response list(@Context HttpHeaders headers,
                         @QueryParam("when") @DefaultValue("upcoming") String when,
                         @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("max") @DefaultValue("20") int max) {
        Language language = ApiLanguage.of(headers);
        if (!when.equals("upcoming") && !when.equals("past")) {
            ApiInput input = new ApiInput(language);
            input.addMessage("when", "api.value.invalid", "upcoming, past");
            return input.problem();
        }
        boolean upcoming = when.equals("upcoming");
        List<CaravanEventItem> page = caravan.findPublic(upcoming, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
                .stream().map(e -> CaravanEventItem.of(e, language)).toList();
        return Response.ok(page).header("X-Total-Count", caravan.countPublic(upcoming)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public CaravanEventItem get(@PathParam("id") long id, @Context HttpHeaders headers) {
        return CaravanEventItem.of(caravan.get(id), ApiLanguage.of(headers));
    }

    @POST
    @RolesAllowed({"organizer", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(EventBody body, @Context SecurityContext security, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        Language language = ApiLanguage.of(headers);
        ApiInput input = new ApiInput(language);
        List<PartPlan> parts = new ArrayList<>();
        List<PartBody> sent = body.parts() == null ? List.of() : body.parts();
        for (int i = 0; i < sent.size(); i++) {
            PartBody part = sent.get(i);
            String field = "parts[" + i + "].";
            if (part == null) {
                input.addMessage(field + "kind", "eobuka.caravan.part.kind.required");
                continue;
            }
            parts.add(new PartPlan(input.constant(field + "kind", part.kind(), CaravanPartKind.class), part.title(),
                    time(input, field + "start", part.start()), time(input, field + "end", part.end()), part.venueId(),
                    part.trainerIds() == null ? null : new HashSet<>(part.trainerIds()), part.sessionId()));
        }
        EventPlan plan = new EventPlan(body.lsguCode(), input.date("day", body.day()), body.title(), body.description(), parts);
        validator.validate(plan).forEach(v -> input.add(v.getPropertyPath().toString(), Texts.violation(language, v)));
        if (input.hasErrors()) {
            return input.problem();
        }
        CaravanEvent event = caravan.plan(plan, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(event.getId().toString()).build())
                .entity(CaravanEventItem.of(caravan.get(event.getId()), language)).build();
    }

    /** Calls the event off; its trainers and venues are free again. */
    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({"organizer", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaravanEventItem cancel(@PathParam("id") long id, Cancellation body, @Context HttpHeaders headers) {
        caravan.cancel(id, body == null ? null : body.reason());
        return CaravanEventItem.of(caravan.get(id), ApiLanguage.of(headers));
    }

    /** Counts a citizen helped: 201 when stored now, 200 with the same body when the tap id was sent before. */
    @POST
    @Path("{id}/corner-tally")
    @RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response tap(@PathParam("id") long id, TapBody body, @Context SecurityContext security, @Context HttpHeaders headers) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        Language language = ApiLanguage.of(headers);
        ApiInput input = new ApiInput(language);
        TapInput tap = new TapInput(input.constant("service", body.service(), CornerService.class), body.clientTapId(),
                input.constant("ageBand", body.ageBand(), AgeBand.class), body.deviceHelp(), body.note(),
                tappedAt(input, body.tappedAt()));
        validator.validate(tap).forEach(v -> input.add(v.getPropertyPath().toString(), Texts.violation(language, v)));
        if (input.hasErrors()) {
            return input.problem();
        }
        TapResult result = tally.record(id, tap, security.getUserPrincipal().getName(), security.isUserInRole("organizer"));
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(TallyItems.tap(result.tap())).build();
    }

    /** Takes a tap back within a minute of when it was made (409 later). */
    @DELETE
    @Path("{id}/corner-tally/{clientTapId}")
    @RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
    public TallyItems.Tap undo(@PathParam("id") long id, @PathParam("clientTapId") String clientTapId,
                               @Context SecurityContext security) {
        return TallyItems.tap(tally.undo(id, clientTapId, security.getUserPrincipal().getName(), security.isUserInRole("organizer")));
    }

    @GET
    @Path("{id}/corner-tally")
    @RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
    public TallyItems.Totals totals(@PathParam("id") long id, @Context SecurityContext security) {
        return TallyItems.totals(id, tally.totals(id, security.getUserPrincipal().getName(), security.isUserInRole("organizer")));
    }

    /** The device's clock: an instant with its offset (as a browser sends it), or a local time in Serbia. */
    private static java.time.LocalDateTime tappedAt(ApiInput input, String value) {
        if (value != null && (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$"))) {
            try {
                return SerbianTime.local(java.time.OffsetDateTime.parse(value.strip()).toInstant());
            } catch (DateTimeParseException e) {
                input.addMessage("tappedAt", "api.dateTime.invalid");
                return null;
            }
        }
        return input.dateTime("tappedAt", value);
    }

    private static LocalTime time(ApiInput input, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            input.addMessage(field, "caravan.api.time.invalid");
            return null;
        }
    }
}
