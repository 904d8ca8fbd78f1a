package rs.eobuka.registration;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.process.RegistrationVariables;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.TrainingSession;

/**
 * Seats and the waiting list of a session. Every change to a session's seats or to the state of
 * its registrations first takes the session's row lock ({@link #lockSession}); that serialises
 * the changes of one session, so pending plus confirmed registrations never exceed the capacity
 * and the waiting list stays first come, first served, however many requests arrive at once.
 * Sessions are independent of each other. Callers take the lock before they read the session
 * or its registrations in the transaction, so what they read is current.
 */
@Stateless
public class WaitingListService {

    private static final String LOCKS_HELD = WaitingListService.class.getName() + ".locksHeld";

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeService runtime;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Takes the session's row lock until the transaction ends (once per transaction), and returns the session. */
    public TrainingSession lockSession(long sessionId) {
        Set<Long> held = locksHeld();
        if (held.contains(sessionId)) {
            return em.find(TrainingSession.class, sessionId);
        }
        // one statement: the row, read with its lock (select ... for update)
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("session.notFound");
        }
        held.add(sessionId);
        return session;
    }

    /**
     * The sessions this transaction has locked. A registration locks its session, then its process
     * reserves the seat in the same transaction: the second lock would only repeat the first.
     */
    @SuppressWarnings("unchecked")
    private Set<Long> locksHeld() {
        Set<Long> held = (Set<Long>) transaction.getResource(LOCKS_HELD);
        if (held == null) {
            held = new HashSet<>();
            transaction.putResource(LOCKS_HELD, held);
        }
        return held;
    }

    /** The session of a registration, read without loading either. */
    public long sessionIdOf(long registrationId) {
        return em.createQuery("select r.session.id from Registration r where r.id = :id", Long.class)
                .setParameter("id", registrationId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("registration.notFound"));
    }

    /**
     * Called by the process: a seat (pending approval) while one is free, else a ticket on the
     * waiting list. The registration is read before the lock: it is new, and only this step
     * changes it before it holds a seat or a ticket.
     */
    public boolean reserveSeat(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        TrainingSession session = lockSession(registration.getSession().getId());
        if (session.takeSeat()) {
            registration.holdSeat();
            return true;
        }
        registration.waitlist(session.joinWaitingList());
        return false;
    }

    /**
     * Gives back what a registration that just ended held: its seat, which goes to the head of
     * the waiting list, or its place on the list. The caller holds the session lock. Public:
     * other services call it through this bean's container proxy, which refuses non-public methods.
     */
    public void vacate(TrainingSession session, RegistrationStatus before) {
        if (before.holdsSeat()) {
            session.releaseSeat();
            promoteHead(session);
        } else if (before == RegistrationStatus.WAITLISTED) {
            session.leaveWaitingList();
        }
    }

    /** An organizer moves someone up from the waiting list onto a free seat, out of turn if need be. */
    public Registration promoteManually(long registrationId) {
        TrainingSession session = lockSession(sessionIdOf(registrationId));
        Registration registration = em.find(Registration.class, registrationId);
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new ConflictException("registration", "registration.wrongStatus", registration.getStatus().name());
        }
        if (!session.hasFreeSeat()) {
            throw new ConflictException("registration", "roster.noFreeSeat");
        }
        promote(session, registration);
        return registration;
    }

    /** Place on the waiting list, counting from 1; 0 when not waiting. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction of its own
    public long position(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.WAITLISTED || registration.getWaitlistTicket() == null) {
            return 0;
        }
        return em.createQuery("select count(r) from Registration r where r.session = :session and r.status = :waiting"
                        + " and r.waitlistTicket <= :ticket", Long.class)
                .setParameter("session", registration.getSession())
                .setParameter("waiting", RegistrationStatus.WAITLISTED)
                .setParameter("ticket", registration.getWaitlistTicket())
                .getSingleResult();
    }

    private void promoteHead(TrainingSession session) {
        if (session.getStatus() != SessionStatus.PUBLISHED || !session.hasFreeSeat() || session.getWaitlisted() == 0) {
            return;
        }
        em.createQuery("select r from Registration r where r.session = :session and r.status = :waiting"
                        + " order by r.waitlistTicket", Registration.class)
                .setParameter("session", session)
                .setParameter("waiting", RegistrationStatus.WAITLISTED)
                .setMaxResults(1).getResultStream().findFirst()
                .ifPresent(head -> promote(session, head));
    }

    private void promote(TrainingSession session, Registration registration) {
        session.promoteFromWaitingList();
        registration.promote();
        runtime.createMessageCorrelation(RegistrationVariables.MESSAGE_PROMOTED)
                .processInstanceBusinessKey(registration.getId().toString())
                .setVariable(RegistrationVariables.APPROVAL_DUE_DATE,
                        SerbianTime.workingDaysAfter(Instant.now(), RegistrationApprovalService.APPROVAL_WORKING_DAYS))
                .correlate();
    }
}
