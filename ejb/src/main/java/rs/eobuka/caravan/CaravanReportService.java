package rs.eobuka.caravan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import rs.eobuka.registration.RegistrationStatus;

/**
 * The report of a caravan event after its day: participants present, taken from the attendance
 * of the sessions its parts run as; citizens helped, from the Digital Corner's tally; what went
 * wrong and what the municipality asked for next time. Filing it marks the event held.
 */
@Stateless
public class CaravanReportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaravanService caravan;

    @Inject
    CornerTallyService tally;

    /** The figures the report would carry if filed now. */
    public ReportFigures figures(long eventId) {
        CaravanEvent event = caravan.get(eventId);
        return new ReportFigures(participantsPresent(event), tally.eventTotals(eventId));
    }

    public CaravanEvent file(long eventId, String issues, String nextTime, String organizer) {
        CaravanEvent event = caravan.get(eventId);
        long citizens = caravan.citizensHelped(eventId);
        event.fileReport(Math.toIntExact(participantsPresent(event)), Math.toIntExact(citizens),
                limit(issues), limit(nextTime), organizer, CaravanService.today(), Instant.now());
        return event;
    }

    private long participantsPresent(CaravanEvent event) {
        List<Long> sessions = event.getParts().stream().map(CaravanPart::getSessionId).filter(Objects::nonNull).distinct().toList();
        if (sessions.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(r) from Registration r where r.session.id in :sessions and r.status = :attended", Long.class)
                .setParameter("sessions", sessions).setParameter("attended", RegistrationStatus.ATTENDED).getSingleResult();
    }

    private static String limit(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
