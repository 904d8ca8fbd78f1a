package rs.eobuka.registration;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.privacy.ConsentPurpose;
import rs.eobuka.platform.privacy.ConsentRecord;
import rs.eobuka.platform.privacy.ConsentService;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.process.RegistrationVariables;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.TrainingSession;

/**
 * A participant's registrations: registering (the {@code training-registration} process, whose
 * eligibility decision may refuse), reading them, and cancelling.
 */
@Stateless
public class RegistrationService {

    /** The kind of reference by which a consent names the registration it was given for. */
    static final String CONSENT_KIND = "registration";

    /** The reminder goes out this long before the session starts. */
    static final java.time.Duration REMINDER_BEFORE = java.time.Duration.ofDays(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsentService consents;

    @Inject
    AccountLookupService accounts;

    @Inject
    WaitingListService waitingList;

    @Inject
    RuntimeService runtime;

    /**
     * Registers the person for the session with one action. Refused with the reason when the
     * eligibility decision says no; a second active registration for the same session is a conflict.
     */
    public Registration register(long sessionId, String username, boolean consent) {
        if (!consent) {
            throw new RuleViolationException("consent", "registration.consent.required");
        }
        TrainingSession session = waitingList.lockSession(sessionId);
        if (session.getStatus() != SessionStatus.PUBLISHED) {
            throw new NotFoundException("session.notFound");
        }
        Account account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (hasActive(session, account)) {
            throw new ConflictException("session", "registration.duplicate");
        }
        // the decision reads this count only when the session has a quota
        long fromSameLsgu = session.getLsguQuota() == null ? 0 : countActiveFromLsgu(session, account.getLsguCode());
        Instant now = Instant.now();
        Registration registration = new Registration(session, account, now);
        em.persist(registration);
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(RegistrationVariables.PROCESS_KEY)
                .businessKey(registration.getId().toString())
                .setVariables(startVariables(registration, session, account, fromSameLsgu, now))
                .executeWithVariablesInReturn();
        String refusal = instance.getVariables().getValue(RegistrationVariables.REFUSAL_REASON, String.class);
        if (refusal != null) {
            // rolls back the registration and the process instance: a refusal leaves nothing behind
            throw new RuleViolationException("session", "registration.refused." + refusal);
        }
        registration.attachProcess(instance.getId());
        consents.give(ConsentPurpose.TRAINING_REGISTRATION, account.getId(), null, account.preferredLanguage(),
                ConsentRecord.reference(CONSENT_KIND, registration.getId()));
        return registration;
    }

    public Registration get(long id) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null) {
            throw new NotFoundException("registration.notFound");
        }
        return registration;
    }

    /**
     * A registration as its owner or an organizer may see it. To anyone else it does not exist:
     * the same 404 as an unknown id, so that ids cannot be probed.
     */
    public Registration getVisible(long id, String username, boolean organizer) {
        Registration registration = get(id);
        if (!organizer && !registration.isOwnedBy(username)) {
            throw new NotFoundException("registration.notFound");
        }
        return registration;
    }

    /** This person's registrations, upcoming sessions first, then the past; paged. */
    public List<Registration> findMine(String username, int first, int max) {
        return em.createQuery("select r from Registration r join fetch r.session where r.account.username = :username"
                        + " order by r.session.startsAt desc, r.id desc", Registration.class)
                .setParameter("username", username).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countMine(String username) {
        return em.createQuery("select count(r) from Registration r where r.account.username = :username", Long.class)
                .setParameter("username", username).getSingleResult();
    }

    /** The person's active registration for the session, if any (the catalogue shows it instead of the register button). */
    public java.util.Optional<Registration> findActive(long sessionId, String username) {
        return em.createQuery("select r from Registration r where r.session.id = :session and r.account.username = :username"
                        + " and r.status in :active", Registration.class)
                .setParameter("session", sessionId).setParameter("username", username)
                .setParameter("active", RegistrationStatus.ACTIVE).getResultStream().findFirst();
    }

    /** Place on the waiting list, counting from 1; 0 when not waiting. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction of its own
    public long waitlistPosition(Registration registration) {
        return waitingList.position(registration);
    }

    /** Cancels an active registration: by its owner, or by an organizer. A freed seat goes to the head of the waiting list. */
    public Registration cancel(long id, String username, boolean organizer) {
        TrainingSession session = waitingList.lockSession(waitingList.sessionIdOf(id));
        Registration registration = getVisible(id, username, organizer);
        RegistrationStatus before = registration.getStatus();
        registration.cancel(username, registration.isOwnedBy(username) ? CancelCause.PARTICIPANT : CancelCause.ORGANIZER, Instant.now());
        waitingList.vacate(session, before);
        tellProcessOfCancellation(registration);
        return registration;
    }

    /** Called by the session-approval process when a published session is cancelled: every active registration ends. */
    public int cancelForSession(long sessionId) {
        TrainingSession session = waitingList.lockSession(sessionId);
        List<Registration> active = em.createQuery("select r from Registration r where r.session = :session and r.status in :active"
                        + " order by r.id", Registration.class)
                .setParameter("session", session).setParameter("active", RegistrationStatus.ACTIVE).getResultList();
        Instant now = Instant.now();
        for (Registration registration : active) {
            RegistrationStatus before = registration.getStatus();
            registration.cancel(session.getCancelledBy(), CancelCause.SESSION_CANCELLED, now);
            waitingList.vacate(session, before);
            tellProcessOfCancellation(registration);
        }
        return active.size();
    }

    private void tellProcessOfCancellation(Registration registration) {
        runtime.createMessageCorrelation(RegistrationVariables.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(registration.getId().toString())
                .correlateAll();
    }

    /**
     * Through the unique index (session_id, active_account_id): activeAccountId is set exactly
     * while the registration is active, so one index entry answers, instead of the person's (or
     * the session's) registrations being read one by one to check their status.
     */
    private boolean hasActive(TrainingSession session, Account account) {
        return !em.createQuery("select r.id from Registration r where r.session = :session and r.activeAccountId = :account",
                        Long.class)
                .setParameter("session", session).setParameter("account", account.getId())
                .setMaxResults(1).getResultList().isEmpty();
    }

    private long countActiveFromLsgu(TrainingSession session, String lsguCode) {
        if (lsguCode == null) {
            return 0;
        }
        return em.createQuery("select count(r) from Registration r where r.session = :session and r.lsguCode = :lsgu"
                        + " and r.status in :active", Long.class)
                .setParameter("session", session).setParameter("lsgu", lsguCode)
                .setParameter("active", RegistrationStatus.ACTIVE).getSingleResult();
    }

    /** Ids and dates to keep; the decision's facts are transient and are never stored. */
    private static VariableMap startVariables(Registration registration, TrainingSession session, Account account,
                                              long fromSameLsgu, Instant now) {
        List<String> allowed = new ArrayList<>();
        session.getAudienceTypes().forEach(type -> allowed.add(type.name()));
        Date reminder = Date.from(SerbianTime.instant(session.getStartsAt()).minus(REMINDER_BEFORE));
        return Variables.createVariables()
                .putValue(RegistrationVariables.REGISTRATION_ID, registration.getId())
                .putValue(RegistrationVariables.APPROVAL_DUE_DATE,
                        SerbianTime.workingDaysAfter(now, RegistrationApprovalService.APPROVAL_WORKING_DAYS))
                .putValue(RegistrationVariables.REMINDER_DATE, reminder)
                .putValueTyped(RegistrationVariables.FACT_AUDIENCE_TYPE,
                        Variables.stringValue(account.getOrganisationType() == null ? null : account.getOrganisationType().name(), true))
                .putValueTyped(RegistrationVariables.FACT_ALLOWED_AUDIENCE_TYPES, Variables.objectValue(allowed, true).create())
                .putValueTyped(RegistrationVariables.FACT_REGISTERED_AT, Variables.dateValue(Date.from(now), true))
                .putValueTyped(RegistrationVariables.FACT_REGISTRATION_DEADLINE,
                        Variables.dateValue(SerbianTime.date(session.getRegistrationDeadline()), true))
                .putValueTyped(RegistrationVariables.FACT_LSGU_QUOTA, Variables.integerValue(session.getLsguQuota(), true))
                .putValueTyped(RegistrationVariables.FACT_LSGU_REGISTRATIONS, Variables.integerValue((int) fromSameLsgu, true))
                .putValueTyped(RegistrationVariables.FACT_LSGU_ONLY, Variables.booleanValue(session.isLsguOnly(), true))
                .putValueTyped(RegistrationVariables.FACT_REGISTRANT_LSGU, Variables.stringValue(account.getLsguCode(), true))
                .putValueTyped(RegistrationVariables.FACT_SESSION_LSGU, Variables.stringValue(session.getLsgu().getCode(), true));
    }
}
