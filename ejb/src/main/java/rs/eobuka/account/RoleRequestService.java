package rs.eobuka.account;

import rs.eobuka.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.account.process.RoleRequestVariables;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.task.OpenTasks;

/** Role requests: asked by a person, decided by an admin through the task inbox. */
@Stateless
public class RoleRequestService {

    /** An admin should decide within this time; after it the review is escalated. */
    static final Duration REVIEW_TIME = Duration.ofDays(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookupService accounts;

    @Inject
    AccountAdminService accountAdmin;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    MailOutbox outbox;

    public RoleRequest request(String username, Role role, String justification) {
        if (role == null || !role.isRequestable()) {
            throw new RuleViolationException("role", "roleRequest.role.invalid");
        }
        if (justification == null || justification.isBlank() || justification.length() > 2000) {
            throw new RuleViolationException("justification", "roleRequest.justification.required");
        }
        Account account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (account.hasRole(role)) {
            throw new ConflictException("role", "roleRequest.alreadyHeld");
        }
        boolean pending = !em.createQuery("select r.id from RoleRequest r where r.account = :account and r.requestedRole = :role"
                        + " and r.status = :pending", Long.class)
                .setParameter("account", account).setParameter("role", role).setParameter("pending", RoleRequestStatus.PENDING)
                .getResultList().isEmpty();
        if (pending) {
            throw new ConflictException("role", "roleRequest.alreadyPending");
        }
        RoleRequest request = new RoleRequest(account, role, justification.strip(), Instant.now());
        em.persist(request);
        em.flush();
        request.attachProcess(runtime.startProcessInstanceByKey(RoleRequestVariables.PROCESS_KEY, request.getId().toString(),
                Variables.createVariables()
                        .putValue(RoleRequestVariables.ROLE_REQUEST_ID, request.getId())
                        .putValue(RoleRequestVariables.REVIEW_DUE_DATE, Date.from(Instant.now().plus(REVIEW_TIME)))).getId());
        return request;
    }

    /** The request behind a review task, for the task's form. */
    public RoleRequest forTask(String taskId, String admin) {
        Task task = reviewTask(taskId, admin);
        return em.createQuery("select r from RoleRequest r join fetch r.account where r.processInstanceId = :instance", RoleRequest.class)
                .setParameter("instance", task.getProcessInstanceId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("task.notFound"));
    }

    /** The admin's decision: completes the review task; the process grants or informs. */
    public void decide(String taskId, String admin, boolean approved, String comment) {
        if (!approved && (comment == null || comment.isBlank())) {
            throw new RuleViolationException("comment", "roleRequest.comment.required");
        }
        RoleRequest request = forTask(taskId, admin);
        request.decide(approved, admin, comment == null || comment.isBlank() ? null : comment.strip(), Instant.now());
        tasks.complete(taskId, Variables.createVariables().putValue(RoleRequestVariables.APPROVED, approved));
    }

    /** Called by the process after approval. */
    public void grant(long roleRequestId) {
        RoleRequest request = get(roleRequestId);
        accountAdmin.grantRole(request.getAccount().getId(), request.getRequestedRole());
        outbox.enqueue(request.getAccount().getEmail(), request.getAccount().preferredLanguage(), "roleGranted",
                request.getAccount().getFullName(), request.getRequestedRole().group());
    }

    /** Called by the process after a decline. */
    public void informDecline(long roleRequestId) {
        RoleRequest request = get(roleRequestId);
        outbox.enqueue(request.getAccount().getEmail(), request.getAccount().preferredLanguage(), "roleDeclined",
                request.getAccount().getFullName(), request.getRequestedRole().group(),
                request.getDecisionComment() == null ? "" : request.getDecisionComment());
    }

    /** Called by the process when the review is overdue: every admin is told. */
    public void escalateReview(long roleRequestId) {
        RoleRequest request = get(roleRequestId);
        for (Account admin : accounts.find(new AccountFilter(null, Role.ADMIN, AccountStatus.ACTIVE), 0, 200)) {
            outbox.enqueue(admin.getEmail(), admin.preferredLanguage(), "roleReviewOverdue",
                    request.getAccount().getFullName(), request.getRequestedRole().group());
        }
    }

    public List<RoleRequest> findMine(String username) {
        return em.createQuery("select r from RoleRequest r where r.account.username = :username order by r.createdAt desc", RoleRequest.class)
                .setParameter("username", username).setMaxResults(50).getResultList();
    }

    /** Requests waiting for an admin's decision. */
    public long countPending() {
        return em.createQuery("select count(r) from RoleRequest r where r.status = :pending", Long.class)
                .setParameter("pending", RoleRequestStatus.PENDING).getSingleResult();
    }

    /** This person's requests still waiting for a decision. */
    public long countPendingOf(String username) {
        return em.createQuery("select count(r) from RoleRequest r where r.account.username = :username and r.status = :pending",
                        Long.class)
                .setParameter("username", username).setParameter("pending", RoleRequestStatus.PENDING).getSingleResult();
    }

    public RoleRequest get(long id) {
        RoleRequest request = em.find(RoleRequest.class, id);
        if (request == null) {
            throw new NotFoundException("error.notFound");
        }
        return request;
    }

    private Task reviewTask(String taskId, String admin) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(RoleRequestVariables.TASK_REVIEW).singleResult();
        return OpenTasks.requireWorkable(task, admin);
    }
}
