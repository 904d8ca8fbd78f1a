package rs.eobuka.account.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.account.RoleRequest;
import rs.eobuka.account.RoleRequestService;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;

/**
 * The admins' "Review role request" task in the inbox: its subject is the person, their
 * organisation and the role asked for. Each request is read before it is granted, so there is
 * no bulk approval; a decline needs a comment, which the API calls the reason.
 */
@ApplicationScoped
public class RoleRequestReviewDecision implements TaskDecision {

    @Inject
    RoleRequestService roleRequests;

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> taskKeys() {
        return Set.of(RoleRequestVariables.TASK_REVIEW);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        TaskDecision.requireReason(command.isApproval(), command.reason(), "roleRequest.comment.required");
        roleRequests.decide(taskId, username, command.isApproval(), command.reason());
    }

    /** One query for the page: the requests (keyed by id) with their accounts. */
    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        return TaskDecision.byRowIds(businessKeys, ids -> em.createQuery("select r from RoleRequest r join fetch r.account where r.id in :ids",
                        RoleRequest.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(request -> request.getId().toString(), RoleRequestReviewDecision::subject)));
    }

    /** E.g. "Milan Petrović (Opštinska uprava Čačak) — Organizer". */
    private static TaskSubject subject(RoleRequest request) {
        String person = request.getAccount().getFullName();
        String organisation = request.getAccount().getOrganisationName();
        String group = request.getRequestedRole().group();
        return language -> person + (organisation == null || organisation.isBlank() ? "" : " (" + organisation + ")")
                + " — " + Texts.message(language, "role." + group);
    }
}
