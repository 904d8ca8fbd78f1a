package rs.eobuka.caravan;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Lists caravan events with their programmes: the public stops, the organizers' list, and today's stops of their staff. */
@Stateless
public class CaravanStopService {

    @PersistenceContext
    EntityManager em;

    /**
     * Public listing: upcoming stops (today on, soonest first) or past ones (latest first),
     * cancelled ones left out; a page of events, their parts read in one more query.
     */
    public List<CaravanEvent> findPublic(boolean upcoming, int first, int max) {
        List<Long> ids = em.createQuery("select e.id from CaravanEvent e where e.status <> :cancelled and "
                        + (upcoming ? "e.day >= :today order by e.day, e.id" : "e.day < :today order by e.day desc, e.id desc"), Long.class)
                .setParameter("cancelled", CaravanEventStatus.CANCELLED).setParameter("today", CaravanService.today())
                .setFirstResult(first).setMaxResults(max).getResultList();
        return EventReads.withParts(em, ids);
    }

    public long countPublic(boolean upcoming) {
        return em.createQuery("select count(e) from CaravanEvent e where e.status <> :cancelled and e.day "
                        + (upcoming ? ">=" : "<") + " :today", Long.class)
                .setParameter("cancelled", CaravanEventStatus.CANCELLED).setParameter("today", CaravanService.today())
                .getSingleResult();
    }

    /** Organizers' list: every event, cancelled ones too, latest day first. */
    public List<CaravanEvent> findAll(int first, int max) {
        List<Long> ids = em.createQuery("select e.id from CaravanEvent e order by e.day desc, e.id desc", Long.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        return EventReads.withParts(em, ids);
    }

    public long countAll() {
        return em.createQuery("select count(e) from CaravanEvent e", Long.class).getSingleResult();
    }

    /** Today's events that the user staffs: all of them for an organizer, else those whose parts the user trains. */
    public List<CaravanEvent> todayFor(String username, boolean organizer) {
        String staff = organizer ? "" : " and exists (select p from CaravanPart p join p.trainers t, Account a"
                + " where p.event = e and a.username = :user and lower(a.email) = t.email)";
        var query = em.createQuery("select e.id from CaravanEvent e where e.day = :today and e.status <> :cancelled" + staff
                + " order by e.id", Long.class)
                .setParameter("today", CaravanService.today()).setParameter("cancelled", CaravanEventStatus.CANCELLED);
        if (!organizer) {
            query.setParameter("user", username);
        }
        return EventReads.withParts(em, query.setMaxResults(10).getResultList());
    }
}
