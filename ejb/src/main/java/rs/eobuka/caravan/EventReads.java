package rs.eobuka.caravan;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads events with their whole programme while the transaction is open: pages show them after it has ended. */
final class EventReads {

    private EventReads() {
    }

    /** The events of these ids, in this order, each with its parts, their venues and trainers (two queries and batches). */
    static List<CaravanEvent> withParts(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CaravanEvent> events = em.createQuery("select distinct e from CaravanEvent e left join fetch e.parts where e.id in :ids",
                        CaravanEvent.class)
                .setParameter("ids", ids).getResultList();
        loadParts(events);
        return ids.stream().map(id -> events.stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow()).toList();
    }

    static void loadParts(List<CaravanEvent> events) {
        events.forEach(e -> e.getParts().forEach(p -> {
            p.getTrainers().size();
            org.hibernate.Hibernate.initialize(p.getVenue());
        }));
    }
}
