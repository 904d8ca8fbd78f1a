package rs.eobuka.registration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.process.RegistrationVariables;
import rs.eobuka.session.TrainingSession;

/** Attendance on the roster, and the certificates it earns, with their public verification. */
@Stateless
public class AttendanceService {

    /** Crockford's base 32: no I, L, O or U, so a code read aloud or retyped is not mistaken. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    WaitingListService waitingList;

    @Inject
    RegistrationNotices notices;

    @Inject
    RegistrationService registrations;

    @Inject
    RuntimeService runtime;

    @Inject
    jakarta.enterprise.event.Event<AttendanceMarked> marked;

    /**
     * Marks confirmed registrations of the session as attended or as no-shows, from the day the
     * session starts; returns how many were marked. Others on the list are left as they are, and so
     * is the organizer's own registration: attendance earns a certificate, so another organizer marks it.
     */
    public int record(long sessionId, Collection<Long> registrationIds, boolean attended, String organizer) {
        TrainingSession session = waitingList.lockSession(sessionId);
        if (!session.hasStarted(SerbianTime.now())) {
            throw new RuleViolationException("session", "attendance.notStarted");
        }
        Instant now = Instant.now();
        int count = 0;
        for (Long id : registrationIds) {
            Registration registration = em.find(Registration.class, id);
            if (registration == null || !registration.getSession().getId().equals(sessionId)
                    || registration.getStatus() != RegistrationStatus.CONFIRMED || registration.isOwnedBy(organizer)) {
                continue;
            }
            registration.recordAttendance(attended, organizer, now);
            runtime.createMessageCorrelation(RegistrationVariables.MESSAGE_ATTENDANCE)
                    .processInstanceBusinessKey(registration.getId().toString())
                    .setVariable(RegistrationVariables.ATTENDED, attended)
                    .correlate();
            count++;
        }
        if (count > 0) {
            marked.fire(new AttendanceMarked(sessionId, attended));
        }
        return count;
    }

    /** Called by the process for an attendee: a certificate with a verification code, announced by e-mail. */
    public void issueCertificate(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        registration.issueCertificate(newCode());
        notices.certificateIssued(registration);
    }

    /** The certificate as a PDF in the reader's language, for its holder or an organizer. */
    public byte[] certificate(long registrationId, String username, boolean organizer, Language language) {
        Registration registration = registrations.getVisible(registrationId, username, organizer);
        if (registration.getCertificateCode() == null) {
            throw new ConflictException("registration", "certificate.none");
        }
        return CertificateDocument.render(registration, language);
    }

    /** The certificate behind a verification code, for the public verification page. */
    public Optional<Registration> verify(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r join fetch r.session join fetch r.account"
                        + " where r.certificateCode = :code", Registration.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
