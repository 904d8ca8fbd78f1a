package rs.eobuka.account.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.account.ErasureRequest;
import rs.eobuka.account.ErasureService;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;

/**
 * The admins' "Review request to be forgotten" task in the inbox: its subject is the person.
 * An erasure cannot be undone, so each is confirmed on its own (no bulk approval); a decline
 * needs the reason the person is told.
 */
@ApplicationScoped
public class ErasureReviewDecision implements TaskDecision {

    @Inject
    ErasureService erasures;

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> taskKeys() {
        return Set.of(ErasureVariables.TASK_REVIEW);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        TaskDecision.requireReason(command.isApproval(), command.reason(), "privacy.erasure.reason.required");
        erasures.decide(taskId, username, command.isApproval(), command.reason());
    }

    /** One query for the page: the requests (keyed by id) with their accounts. */
    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        return TaskDecision.byRowIds(businessKeys, ids -> em.createQuery(
                        "select r from ErasureRequest r join fetch r.account where r.id in :ids", ErasureRequest.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(request -> request.getId().toString(), ErasureReviewDecision::subject)));
    }

    /** E.g. "Milan Petrović (milan.petrovic@cacak.rs)". */
    private static TaskSubject subject(ErasureRequest request) {
        String person = request.getAccount().getFullName() + " (" + request.getAccount().getEmail() + ")";
        return language -> person;
    }
}
