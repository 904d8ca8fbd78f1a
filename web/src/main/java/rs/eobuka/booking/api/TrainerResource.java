package rs.eobuka.booking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import rs.eobuka.booking.BookingCalendarService;
import rs.eobuka.booking.CalendarFilter;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.TrainerDetails;
import rs.eobuka.booking.TrainerFilter;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.TrainerSort;
import rs.eobuka.booking.TrainerUnavailability;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.session.Topic;

/** Trainers, their periods away and their bookings; organizers and admins only. */
@ApplicationScoped
@Path("trainers")
@RolesAllowed({"organizer", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TrainerResource {

    static final int MAX_PAGE = 200;

    @Inject
    TrainerService trainers;

    @Inject
    BookingCalendarService calendar;

    @Inject
    Validator validator;

    /** The JSON of a trainer as sent; topics stay text so a wrong one is a 422 naming {@code topics}. */
    public record TrainerInput(String fullName, String email, String phone, List<String> topics, List<String> regions,
                               List<String> lsguCodes, Boolean active) {
    }

    public record AbsenceInput(String start, String end, String reason) {
    }

    public record Absence(long id, long trainerId, LocalDateTime start, LocalDateTime end, String reason) {

        static Absence of(TrainerUnavailability away) {
            return new Absence(away.getId(), away.getTrainer().getId(), away.getStartsAt(), away.getEndsAt(), away.getReason());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TrainerInput body, @Context HttpHeaders headers, @Context UriInfo uri) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        TrainerDetails details = details(body, input, ApiLanguage.of(headers));
        if (input.hasErrors()) {
            return input.problem();
        }
        Trainer trainer = trainers.create(details);
        if (Boolean.FALSE.equals(body.active())) {
            trainer = trainers.setActive(trainer.getId(), false);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(trainer.getId().toString()).build())
                .entity(TrainerItem.of(trainer)).build();
    }

    @GET
    public Response list(@Context HttpHeaders headers,
                         @QueryParam("text") String text,
                         @QueryParam("topic") String topic,
                         @QueryParam("region") String region,
                         @QueryParam("lsguCode") String lsguCode,
                         @QueryParam("active") Boolean active,
                         @QueryParam("sort") @DefaultValue("NAME") String sort,
                         @QueryParam("desc") @DefaultValue("false") boolean desc,
                         @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("max") @DefaultValue("50") int max) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        Topic topicValue = input.constant("topic", topic, Topic.class);
        TrainerSort order = input.constant("sort", sort, TrainerSort.class);
        if (input.hasErrors()) {
            return input.problem();
        }
        TrainerFilter filter = new TrainerFilter(text, topicValue, region, lsguCode, active);
        List<TrainerItem> page = trainers.find(filter, order, !desc, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
                .stream().map(TrainerItem::of).toList();
        return Response.ok(page).header("X-Total-Count", trainers.count(filter)).build();
    }

    @GET
    @Path("{id}")
    public TrainerItem get(@PathParam("id") long id) {
        return TrainerItem.of(trainers.find(id));
    }

    /** Replaces the trainer's details; {@code active} (optional) deactivates or reactivates them. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, TrainerInput body, @Context HttpHeaders headers) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        TrainerDetails details = details(body, input, ApiLanguage.of(headers));
        if (input.hasErrors()) {
            return input.problem();
        }
        Trainer trainer = trainers.update(id, details);
        if (body.active() != null) {
            trainer = trainers.setActive(id, body.active());
        }
        return Response.ok(TrainerItem.of(trainer)).build();
    }

    @GET
    @Path("{id}/unavailability")
    public List<Absence> absences(@PathParam("id") long id) {
        trainers.find(id);
        return trainers.unavailabilities(id).stream().map(Absence::of).toList();
    }

    @POST
    @Path("{id}/unavailability")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAbsence(@PathParam("id") long id, AbsenceInput body, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        LocalDateTime start = input.dateTime("start", body.start());
        LocalDateTime end = input.dateTime("end", body.end());
        if (start == null) {
            input.addMessage("start", "booking.start.required");
        }
        if (end == null || start != null && !end.isAfter(start)) {
            input.addMessage("end", "booking.endBeforeStart");
        }
        if (input.hasErrors()) {
            return input.problem();
        }
        TrainerUnavailability away = trainers.addUnavailability(id, start, end, body.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(away.getId().toString()).build()).entity(Absence.of(away)).build();
    }

    @DELETE
    @Path("{id}/unavailability/{absenceId}")
    public Response removeAbsence(@PathParam("id") long id, @PathParam("absenceId") long absenceId) {
        trainers.removeUnavailability(id, absenceId);
        return Response.noContent().build();
    }

    /** The trainer's active bookings overlapping {@code from}–{@code to}, by start. */
    @GET
    @Path("{id}/bookings")
    public Response bookings(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                             @Context HttpHeaders headers) {
        trainers.find(id);
        return SpanInput.answer(headers, from, to, (start, end) -> calendar.bookings(CalendarFilter.ofTrainer(id, start, end)));
    }

    private TrainerDetails details(TrainerInput body, ApiInput input, Language language) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        Set<Topic> topics = input.constants("topics", body.topics(), Topic.class);
        TrainerDetails details = new TrainerDetails(body.fullName(), body.email(), body.phone(), topics,
                strings(body.regions()), strings(body.lsguCodes()));
        validator.validate(details).forEach(v -> input.add(v.getPropertyPath().toString(), Texts.violation(language, v)));
        return details;
    }

    private static Set<String> strings(List<String> values) {
        return values == null ? Set.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).collect(java.util.stream.Collectors.toSet());
    }
}
