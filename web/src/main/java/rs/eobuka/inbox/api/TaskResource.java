package rs.eobuka.inbox.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import rs.eobuka.account.Role;
import rs.eobuka.inbox.InboxQuery;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSort;

/** The caller's open tasks: offered to their roles or assigned to them, newest first. */
@Path("tasks")
@RolesAllowed({"participant", "organizer", "evaluator", "juror", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    static final int MAX_PAGE = 200;

    @Inject
    InboxService inbox;

    public record TaskItem(String id, String name, String processKey, String businessKey, Instant created, Instant due) {
    }

    @GET
    public List<TaskItem> list(@Context SecurityContext security,
                               @QueryParam("processKey") String processKey,
                               @QueryParam("businessKey") String businessKey,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        String username = security.getUserPrincipal().getName();
        Set<String> groups = Arrays.stream(Role.values()).map(Role::group).filter(security::isUserInRole).collect(Collectors.toSet());
        InboxQuery query = new InboxQuery(username, groups, processKey, businessKey, null, false, TaskSort.CREATED_DESC);
        return inbox.find(query, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE)).stream()
                .map(t -> new TaskItem(t.id(), t.name(), t.processKey(), t.businessKey(), t.created(), t.due()))
                .toList();
    }
}
