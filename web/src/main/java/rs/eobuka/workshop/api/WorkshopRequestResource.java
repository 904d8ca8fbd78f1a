package rs.eobuka.workshop.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.booking.FreeSlot;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.session.Topic;
import rs.eobuka.workshop.WorkshopFilter;
import rs.eobuka.workshop.WorkshopRequest;
import rs.eobuka.workshop.WorkshopRequestDetails;
import rs.eobuka.workshop.WorkshopRequestSearch;
import rs.eobuka.workshop.WorkshopRequestService;
import rs.eobuka.workshop.WorkshopStatus;

/**
 * Workshop requests: a participant asks for one and follows it; organizers see all of them. The
 * steps in between (triage, proposal, the requester's answer, checklist, report) are tasks, done
 * through {@code /api/tasks}.
 */
@ApplicationScoped
@Path("workshop-requests")
@RolesAllowed({"participant", "organizer", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopRequestResource {

    static final int MAX_PAGE = 200;
    static final int MAX_SUGGESTIONS = 20;

    @Inject
    WorkshopRequestService requests;

    @Inject
    WorkshopRequestSearch search;

    @Inject
    Validator validator;

    /** The JSON of a request as sent; dates and codes stay text so a bad value is a 422 naming the field. */
    public record Submission(String topic, String lsguCode, String organisationName, Integer expectedParticipants,
                             List<WindowText> preferredWindows, String venueOffer, String contact, String notes, Boolean lsguOnly) {
    }

    public record WindowText(String from, String to) {
    }

    public record Submitted(long id, String status) {
    }

    public record Withdrawal(String reason) {
    }

    @POST
    @RolesAllowed("participant")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(Submission body, @Context SecurityContext security, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        Language language = ApiLanguage.of(headers);
        ApiInput input = new ApiInput(language);
        Topic topic = input.constant("topic", body.topic(), Topic.class);
        List<DateWindow> windows = windows(input, body.preferredWindows());
        WorkshopRequestDetails details = new WorkshopRequestDetails(topic, body.lsguCode(), body.organisationName(),
                body.expectedParticipants() == null ? 0 : body.expectedParticipants(), windows, body.venueOffer(), body.contact(),
                body.notes(), Boolean.TRUE.equals(body.lsguOnly()));
        validator.validate(details).forEach(v -> input.add(v.getPropertyPath().toString(), Texts.violation(language, v)));
        if (input.hasErrors()) {
            return input.problem();
        }
        WorkshopRequest request = requests.submit(details, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(request.getId().toString()).build())
                .entity(new Submitted(request.getId(), request.getStatus().name())).build();
    }

    /** The caller's own requests, or every request for organizers; newest first, paged in the database. */
    @GET
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
                         @QueryParam("status") String status,
                         @QueryParam("topic") String topic,
                         @QueryParam("lsguCode") String lsguCode,
                         @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("max") @DefaultValue("50") int max) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        WorkshopStatus statusValue = input.constant("status", status, WorkshopStatus.class);
        Topic topicValue = input.constant("topic", topic, Topic.class);
        if (input.hasErrors()) {
            return input.problem();
        }
        WorkshopFilter filter = new WorkshopFilter(mayManage(security) ? null : security.getUserPrincipal().getName(),
                statusValue, topicValue, lsguCode == null || lsguCode.isBlank() ? null : lsguCode.strip());
        List<WorkshopRequestItem> page = search.find(filter, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE)).stream()
                .map(WorkshopRequestItem::of).toList();
        return Response.ok(page).header("X-Total-Count", search.count(filter)).build();
    }

    @GET
    @Path("{id}")
    public WorkshopRequestItem get(@PathParam("id") long id, @Context SecurityContext security) {
        return WorkshopRequestItem.of(search.getVisible(id, security.getUserPrincipal().getName(), mayManage(security)));
    }

    /** Free slots inside the requester's windows for these trainers and this venue (organizers, for a proposal). */
    @GET
    @Path("{id}/free-slots")
    @RolesAllowed("organizer")
    public List<FreeSlot> freeSlots(@PathParam("id") long id, @QueryParam("trainerId") List<Long> trainerIds,
                                    @QueryParam("venueId") Long venueId, @QueryParam("hours") @DefaultValue("3") int hours) {
        return search.suggestions(search.get(id), Set.copyOf(trainerIds), venueId, Duration.ofHours(Math.min(Math.max(hours, 1), 8)),
                MAX_SUGGESTIONS);
    }

    /** The requester or an organizer withdraws the request, with a reason; its bookings are released. */
    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public WorkshopRequestItem withdraw(@PathParam("id") long id, Withdrawal body, @Context SecurityContext security) {
        return WorkshopRequestItem.of(requests.withdraw(id, security.getUserPrincipal().getName(), mayManage(security),
                body == null ? null : body.reason()));
    }

    private static List<DateWindow> windows(ApiInput input, List<WindowText> texts) {
        List<DateWindow> windows = new ArrayList<>();
        if (texts == null) {
            return windows;
        }
        for (WindowText text : texts) {
            LocalDate from = text == null ? null : input.date("preferredWindows", text.from());
            LocalDate to = text == null ? null : input.date("preferredWindows", text.to());
            if (from == null || to == null || to.isBefore(from)) {
                input.addMessage("preferredWindows", "workshop.windows.invalid");
            } else {
                windows.add(new DateWindow(from, to));
            }
        }
        return windows;
    }

    private static boolean mayManage(SecurityContext security) {
        return security.isUserInRole("organizer") || security.isUserInRole("admin");
    }
}
