package rs.eobuka.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.account.process.ErasureVariables;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.privacy.DataSubject;
import rs.eobuka.platform.privacy.SubjectErased;
import rs.eobuka.platform.privacy.SubjectErasing;
import rs.eobuka.platform.privacy.SubjectErasure;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.security.SecurityEvents;
import rs.eobuka.platform.security.SecurityStampChanged;
import rs.eobuka.platform.task.OpenTasks;

/**
 * The right to be forgotten: a person asks, an administrator other than them confirms or
 * declines within the law's month (the {@code data-erasure} process), and a confirmed request
 * anonymises everything kept about them while every count stays.
 */
@Stateless
public class ErasureService {

    /** ZZPL Art. 21: a request is answered within thirty days. */
    static final Duration REVIEW_TIME = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(ErasureService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityEvents events;

    @Inject
    AccountLookupService accounts;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    MailOutbox outbox;

    @Inject
    SubjectErasure erasure;

    @Inject
    Event<SubjectErasing> erasing;

    @Inject
    ErasedAccountCaches caches;

    @Inject
    Event<SecurityStampChanged> stampChanged;

    @Inject
    Event<SubjectErased> erased;

    /** The caller asks to be forgotten; one open request at a time. */
    public ErasureRequest request(String username) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (openRequestOf(username).isPresent()) {
            throw new ConflictException("erasure", "privacy.erasure.alreadyRequested");
        }
        ErasureRequest request = new ErasureRequest(account, Instant.now());
        em.persist(request);
        em.flush();
        request.attachProcess(runtime.startProcessInstanceByKey(ErasureVariables.PROCESS_KEY, request.getId().toString(),
                Variables.createVariables()
                        .putValue(ErasureVariables.ERASURE_REQUEST_ID, request.getId())
                        .putValue(ErasureVariables.REVIEW_DUE_DATE, Date.from(request.getRequestedAt().plus(REVIEW_TIME)))).getId());
        outbox.enqueue(account.getEmail(), account.preferredLanguage(), "erasureRequested", account.getFullName());
        return request;
    }

    public Optional<ErasureRequest> openRequestOf(String username) {
        return em.createQuery("select r from ErasureRequest r where r.account.username = :username and r.status = :open", ErasureRequest.class)
                .setParameter("username", username).setParameter("open", ErasureRequestStatus.REQUESTED)
                .getResultStream().findFirst();
    }

    /** The request behind a review task, for the task's form. */
    public ErasureRequest forTask(String taskId, String admin) {
        Task task = reviewTask(taskId, admin);
        return em.createQuery("select r from ErasureRequest r join fetch r.account where r.processInstanceId = :instance", ErasureRequest.class)
                .setParameter("instance", task.getProcessInstanceId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("task.notFound"));
    }

    /**
     * An administrator's decision: completes the review task; the process erases or tells the
     * person why not. A decline needs its reason; nobody decides on their own request.
     */
    public void decide(String taskId, String admin, boolean confirmed, String comment) {
        if (!confirmed && (comment == null || comment.isBlank())) {
            throw new RuleViolationException("comment", "privacy.erasure.reason.required");
        }
        ErasureRequest request = forTask(taskId, admin);
        if (request.getAccount().getUsername().equals(admin)) {
            throw new AccessDeniedException("privacy.erasure.notYourOwn");
        }
        request.decide(confirmed, admin, comment == null || comment.isBlank() ? null : comment.strip(), Instant.now());
        tasks.complete(taskId, Variables.createVariables().putValue(ErasureVariables.CONFIRMED, confirmed));
    }

    /**
     * Called by the process after confirmation: features end what they run for the person, the
     * account is closed for good, and the person's data is anonymised everywhere, the engine's
     * history included.
     */
    public void erase(long erasureRequestId) {
        Account account = get(erasureRequestId).getAccount();
        DataSubject subject = new DataSubject(account.getId(), account.getUsername(), account.getEmail());
        erasing.fire(new SubjectErasing(subject));
        List<String> identifying = new ArrayList<>();
        identifying.add(account.getFullName());
        identifying.add(account.getPhone());
        identifying.add(account.getOrganisationName());
        identifying.add(account.getJobTitle());
        account.markErased();
        em.flush();
        Map<String, Integer> changed = erasure.erase(subject, identifying);
        outbox.withdrawUnsentTo(SubjectErasure.pseudonymousEmail(subject.accountId()));
        // SQL changed the rows behind the persistence context and the second-level cache: forget them now, and again after the commit
        em.clear();
        caches.evict();
        erased.fire(new SubjectErased(subject));
        stampChanged.fire(new SecurityStampChanged(subject.username()));
        // by id only: the security log must not keep the name of a person it was asked to forget
        events.log(SecurityEvents.Event.ACCOUNT_ERASED, "account", String.valueOf(subject.accountId()));
        LOG.info(() -> "Erasure request " + erasureRequestId + ": account " + subject.accountId() + " anonymised, rows changed " + changed);
    }

    /** Called by the process after a decline. */
    public void informDecline(long erasureRequestId) {
        ErasureRequest request = get(erasureRequestId);
        Account account = request.getAccount();
        outbox.enqueue(account.getEmail(), account.preferredLanguage(), "erasureDeclined", account.getFullName(),
                request.getDecisionComment() == null ? "" : request.getDecisionComment());
    }

    /** Called by the process when the month is nearly over and nobody decided: every admin is told. */
    public void escalateReview(long erasureRequestId) {
        ErasureRequest request = get(erasureRequestId);
        for (Account admin : accounts.find(new AccountFilter(null, Role.ADMIN, AccountStatus.ACTIVE), 0, 200)) {
            outbox.enqueue(admin.getEmail(), admin.preferredLanguage(), "erasureReviewOverdue", request.getAccount().getFullName());
        }
    }

    public ErasureRequest get(long id) {
        ErasureRequest request = em.find(ErasureRequest.class, id);
        if (request == null) {
            throw new NotFoundException("error.notFound");
        }
        return request;
    }

    private Task reviewTask(String taskId, String admin) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(ErasureVariables.TASK_REVIEW).singleResult();
        return OpenTasks.requireWorkable(task, admin);
    }
}
