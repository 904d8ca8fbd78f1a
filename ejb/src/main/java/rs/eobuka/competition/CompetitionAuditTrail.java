package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Writes a competition's audit trail in the caller's transaction, and reads it back in pages for the export. */
@Stateless
public class CompetitionAuditTrail {

    /** The actor of what the process does by itself (a timer, a closing window). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    public void record(long competitionId, Long entryId, String actor, CompetitionAudit.Action action, String detail) {
        em.persist(new CompetitionAudit(competitionId, entryId, actor, action, detail, Instant.now()));
    }

    /** The lines after {@code afterId}, oldest first, for an export that pages by key. */
    public List<CompetitionAudit> after(long competitionId, long afterId, int max) {
        return em.createQuery("select a from CompetitionAudit a where a.competitionId = :competition and a.id > :after order by a.id",
                        CompetitionAudit.class)
                .setParameter("competition", competitionId).setParameter("after", afterId).setMaxResults(max).getResultList();
    }
}
