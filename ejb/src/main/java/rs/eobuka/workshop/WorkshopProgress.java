package rs.eobuka.workshop;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Date;
import rs.eobuka.booking.BookingService;
import rs.eobuka.booking.HolderKind;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.TrainingSession;

/**
 * The steps the {@code workshop-scheduling} process takes on its own (its delegates call these):
 * the e-mails of each step, the lapsed answer, the publication of the confirmed workshop, the
 * checklist flag, the held workshop and the clean-up after a withdrawal.
 */
@Stateless
public class WorkshopProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkshopNotices notices;

    @Inject
    WorkshopSessions sessions;

    @Inject
    BookingService bookings;

    @Inject
    RegistrationService registrations;

    public void accepted(long requestId) {
        notices.accepted(get(requestId));
    }

    public void declined(long requestId) {
        notices.declined(get(requestId));
    }

    public void proposed(long requestId, Date answerDue) {
        notices.proposed(get(requestId), answerDue);
    }

    public void remindRequester(long requestId) {
        WorkshopRequest request = get(requestId);
        if (request.getStatus() == WorkshopStatus.PROPOSED) {
            notices.answerReminder(request);
        }
    }

    /** The answer lapsed: the request goes back to the organizers, flagged; the bookings stay until the next proposal. */
    public void markNoAnswer(long requestId) {
        WorkshopRequest request = get(requestId);
        request.markNoAnswer(Instant.now());
        notices.noAnswer(request);
    }

    /** Publishes the confirmed workshop as a session and sends the slot with its calendar file. */
    public void confirm(long requestId) {
        WorkshopRequest request = get(requestId);
        TrainingSession session = sessions.publish(request, request.getProposedBy());
        request.publishedAs(session.getId());
        notices.confirmed(request, session);
    }

    /** Two days before the event: flags the checklist if something is still not ticked. */
    public void flagChecklist(long requestId) {
        WorkshopRequest request = get(requestId);
        if (!request.isChecklistComplete()) {
            request.flagChecklist();
            notices.checklistFlagged(request);
        }
    }

    public void markHeld(long requestId) {
        WorkshopRequest request = get(requestId);
        request.markHeld(Instant.now());
        notices.held(request);
    }

    /** After a withdrawal: the bookings are freed, a published session is cancelled with its registrations, everyone is told. */
    public void withdrawn(long requestId) {
        WorkshopRequest request = get(requestId);
        bookings.release(HolderKind.WORKSHOP, request.getId());
        if (request.getSessionId() != null) {
            TrainingSession session = em.find(TrainingSession.class, request.getSessionId());
            if (session.getStatus() == SessionStatus.PUBLISHED) {
                session.cancel(request.getWithdrawReason(), request.getWithdrawnBy(), Instant.now());
                registrations.cancelForSession(session.getId());
            }
        }
        notices.withdrawn(request);
    }

    private WorkshopRequest get(long requestId) {
        return em.find(WorkshopRequest.class, requestId);
    }
}
