package rs.eobuka.workshop;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rs.eobuka.registration.RegistrationStatus;

/** How many came to a workshop's session, as the organizers marked attendance on its roster. */
@Stateless
public class WorkshopAttendance {

    @PersistenceContext
    EntityManager em;

    public int present(long sessionId) {
        return em.createQuery("select count(r) from Registration r where r.session.id = :session and r.status = :attended", Long.class)
                .setParameter("session", sessionId).setParameter("attended", RegistrationStatus.ATTENDED)
                .getSingleResult().intValue();
    }
}
