package rs.eobuka.caravan;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may count at a caravan event's Digital Corner: organizers, and the trainers assigned to one
 * of the event's parts (a trainer's account is the one with the trainer's e-mail).
 */
@Stateless
public class CaravanStaff {

    @PersistenceContext
    EntityManager em;

    /** Whether the user is a trainer of one of the event's parts (organizers count at every event). */
    public boolean isTrainerAt(long eventId, String username) {
        return !em.createQuery("select p.id from CaravanPart p join p.trainers t, Account a"
                        + " where p.event.id = :event and a.username = :user and lower(a.email) = t.email", Long.class)
                .setParameter("event", eventId).setParameter("user", username).setMaxResults(1).getResultList().isEmpty();
    }
}
