package rs.eobuka.inbox.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.platform.security.Role;
import rs.eobuka.account.RoleRequestService;
import rs.eobuka.account.process.RoleRequestVariables;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.registration.RegistrationApprovalService;
import rs.eobuka.registration.process.RegistrationVariables;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.process.SessionApprovalVariables;
import rs.eobuka.inbox.InboxQuery;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSort;

/** The caller's open tasks: offered to their roles or assigned to them, newest first. */
@ApplicationScoped
@Path("tasks")
@RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    static final int MAX_PAGE = 200;

    @Inject
    InboxService inbox;

    @Inject
    RegistrationApprovalService approvals;

    @Inject
    SessionApprovalService sessionApprovals;

    @Inject
    RoleRequestService roleRequests;

    public record TaskItem(String id, String name, String taskKey, String processKey, String businessKey, Instant created, Instant due) {
    }

    /** A decision on a task: {@code APPROVE}, or {@code REJECT} with a reason (for a session: the comment for its proposer). */
    public record Completion(String decision, String reason) {
    }

    public record Completed(String taskId, String taskKey, String decision) {
    }

    @GET
    public List<TaskItem> list(@Context SecurityContext security,
                               @QueryParam("processKey") String processKey,
                               @QueryParam("businessKey") String businessKey,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        String username = security.getUserPrincipal().getName();
        InboxQuery query = new InboxQuery(username, groups(security), processKey, businessKey, null, false, TaskSort.CREATED_DESC);
        return inbox.find(query, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE)).stream()
                .map(t -> new TaskItem(t.id(), t.name(), t.taskKey(), t.processKey(), t.businessKey(), t.created(), t.due()))
                .toList();
    }

    /**
     * Completes an approval task the caller may see: a registration's approval, a proposed
     * session's review or a role request's review. The task's own service applies the rules.
     */
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, Completion body, @Context SecurityContext security,
                             @Context HttpHeaders headers) {
        String username = security.getUserPrincipal().getName();
        TaskSummary task = inbox.get(id, username, groups(security));
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        Decision decision = body == null ? null : input.constant("decision", body.decision(), Decision.class);
        if (decision == null && !input.hasErrors()) {
            input.add("decision", Texts.message(ApiLanguage.of(headers), "api.decision.required"));
        }
        if (input.hasErrors()) {
            return input.problem();
        }
        boolean approved = decision == Decision.APPROVE;
        switch (task.taskKey()) {
            case RegistrationVariables.TASK_APPROVE -> approvals.decide(id, username, approved, body.reason());
            case SessionApprovalVariables.TASK_REVIEW -> sessionApprovals.review(id, username, approved, body.reason());
            case RoleRequestVariables.TASK_REVIEW -> roleRequests.decide(id, username, approved, body.reason());
            default -> throw new RuleViolationException("decision", "api.task.notDecidable");
        }
        return Response.ok(new Completed(id, task.taskKey(), decision.name())).build();
    }

    enum Decision { APPROVE, REJECT }

    private static Set<String> groups(SecurityContext security) {
        return Arrays.stream(Role.values()).map(Role::group).filter(security::isUserInRole).collect(Collectors.toSet());
    }
}
