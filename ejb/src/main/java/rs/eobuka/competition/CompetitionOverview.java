package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/** What organizers follow on a competition's page: its entries counted by where they stand, in one grouped query. */
@Stateless
public class CompetitionOverview {

    @PersistenceContext
    EntityManager em;

    /** Every status with its count of the competition's entries, zero included, in the statuses' order. */
    public Map<EntryStatus, Long> entriesByStatus(long competitionId) {
        Map<EntryStatus, Long> counts = new EnumMap<>(EntryStatus.class);
        for (EntryStatus status : EntryStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("select e.status, count(e) from CompetitionEntry e where e.competition.id = :competition"
                + " group by e.status", Object[].class).setParameter("competition", competitionId).getResultList()) {
            counts.put((EntryStatus) row[0], (Long) row[1]);
        }
        return counts;
    }
}
