package rs.eobuka.inbox.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.inbox.InboxQuery;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskCompletionService;
import rs.eobuka.inbox.TaskSort;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.platform.task.TaskDecision;

/**
 * The caller's open tasks: offered to their roles or assigned to them, newest first, each with
 * what it is about; and their completion by an approve or reject decision. Which tasks take a
 * decision, and what it does, is up to each feature's {@link TaskDecision}; this resource knows
 * none of them.
 *
 * <p>Completion answers 404 for a task the caller may not see or that no feature decides
 * (the task's key is unknown to the decisions), and 422 naming {@code decision} when the
 * decision is missing or not valid for the task. A returned session's revision is such a task:
 * its key is known (the inbox shows what it is about), but it is a form the proposer fills, so
 * APPROVE or REJECT is refused with 422 rather than reported missing with 404. A rejection
 * without the reason the feature requires is refused with 422 naming {@code reason}.
 */
@ApplicationScoped
@Path("tasks")
@RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    static final int MAX_PAGE = 200;
    /** The most tasks one bulk approval takes: a page of the inbox at most, with room to spare. */
    static final int MAX_BULK = 200;

    @Inject
    InboxService inbox;

    @Inject
    TaskCompletionService completions;

    /** An open task; {@code subject} says what it is about in the caller's language (null if no feature describes it). */
    public record TaskItem(String id, String name, String taskKey, String processKey, String businessKey, Instant created, Instant due,
                           String subject, boolean bulkApprovable) {
    }

    public record Completed(String taskId, String taskKey, String decision) {
    }

    /** The tasks to approve at once; each must allow bulk approval ({@code bulkApprovable} in the list). */
    public record Approvals(List<String> taskIds) {
    }

    /** One task's outcome of a bulk approval: approved, or not with the reason in the caller's language. */
    public record ApprovalOutcome(String taskId, boolean approved, String field, String detail) {
    }

    @GET
    public List<TaskItem> list(@Context SecurityContext security, @Context HttpHeaders headers,
                               @QueryParam("processKey") String processKey,
                               @QueryParam("businessKey") String businessKey,
                               @QueryParam("text") String text,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        String username = security.getUserPrincipal().getName();
        InboxQuery query = new InboxQuery(username, groups(security), processKey, businessKey, text, false, TaskSort.CREATED_DESC);
        return inbox.find(query, ApiLanguage.of(headers), Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE)).stream()
                .map(TaskResource::item)
                .toList();
    }

    /**
     * Completes a task the caller may see with one of the decisions it takes: {@code APPROVE}, or
     * {@code REJECT} with a {@code reason} (for a session: the comment for its proposer), or a
     * decision of the task's own with the fields it needs in the same object (a workshop
     * proposal's {@code {"decision": "PROPOSE", "start": …}}). The task's feature applies its rules.
     */
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, JsonObject body, @Context SecurityContext security,
                             @Context HttpHeaders headers) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        String decision = text(body, TaskDecision.DECISION, input);
        String reason = text(body, TaskDecision.REASON, input);
        if (input.hasErrors()) {
            return input.problem();
        }
        // a missing or unknown decision is refused after the task is found and known to take decisions
        TaskCommand command = new TaskCommand(decision, reason, body);
        TaskSummary task = completions.decide(id, security.getUserPrincipal().getName(), groups(security), command);
        return Response.ok(new Completed(id, task.taskKey(), command.decision())).build();
    }

    /** A text member of the body, or null; a member of another JSON type is refused, naming it. */
    private static String text(JsonObject body, String field, ApiInput input) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            input.addMessage(field, "api.text.invalid");
            return null;
        }
        return ((JsonString) value).getString();
    }

    /**
     * Approves several tasks at once (the inbox's bulk approval), each on its own: the answer
     * lists every task with its outcome, so some may be approved while others are refused
     * (a task that does not allow bulk approval, or that someone decided meanwhile).
     */
    @POST
    @Path("approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approveAll(Approvals body, @Context SecurityContext security, @Context HttpHeaders headers) {
        Language language = ApiLanguage.of(headers);
        List<String> ids = body == null || body.taskIds() == null ? List.of()
                : body.taskIds().stream().filter(Objects::nonNull).map(String::strip).filter(id -> !id.isEmpty()).toList();
        if (ids.isEmpty() || ids.size() > MAX_BULK) {
            ApiInput input = new ApiInput(language);
            input.add("taskIds", Texts.message(language, "api.taskIds.invalid", MAX_BULK));
            return input.problem();
        }
        List<ApprovalOutcome> outcomes = completions.approveAll(ids, security.getUserPrincipal().getName(), groups(security)).stream()
                .map(o -> o.isApproved() ? new ApprovalOutcome(o.taskId(), true, null, null)
                        : new ApprovalOutcome(o.taskId(), false, o.refusal().field(),
                                Texts.message(language, o.refusal().messageKey(), o.refusal().arguments())))
                .toList();
        return Response.ok(outcomes).build();
    }

    private static TaskItem item(TaskSummary t) {
        return new TaskItem(t.id(), t.name(), t.taskKey(), t.processKey(), t.businessKey(), t.created(), t.due(), t.subject(),
                t.bulkApprovable());
    }

    private static Set<String> groups(SecurityContext security) {
        return Arrays.stream(Role.values()).map(Role::group).filter(security::isUserInRole).collect(Collectors.toSet());
    }
}
