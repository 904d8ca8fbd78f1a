package rs.eobuka.platform.privacy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The append-only log of who viewed whose personal data (a roster, a participant's details, the
 * list of users, a data export): one row per view, written in the viewing request's transaction.
 * When an account views more than {@code eobuka.privacy.views-per-minute} (60 by default) in a
 * minute, an {@link AccessAlert} is fired once, as the count passes the limit.
 */
@Stateless
public class AccessLog {

    static final int DEFAULT_VIEWS_PER_MINUTE = 60;
    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AccessAlert> alerts;

    public void record(String viewer, AccessKind kind, String subject) {
        Instant now = Instant.now();
        em.persist(new AccessRecord(viewer, kind, subject, now));
        em.flush();
        long lastMinute = em.createQuery("select count(a) from AccessRecord a where a.viewer = :viewer and a.viewedAt > :since", Long.class)
                .setParameter("viewer", viewer).setParameter("since", now.minus(Duration.ofMinutes(1))).getSingleResult();
        if (lastMinute == viewsPerMinute() + 1L) {
            LOG.warning(() -> viewer + " viewed personal data " + lastMinute + " times within a minute");
            alerts.fire(new AccessAlert(viewer, lastMinute, now));
        }
    }

    /** Newest first, filtered by viewer and kind (either may be null), paged in the database. */
    public List<AccessRecord> find(String viewer, AccessKind kind, int first, int max) {
        TypedQuery<AccessRecord> query = em.createQuery("select a from AccessRecord a where (:viewer is null or a.viewer = :viewer)"
                + " and (:kind is null or a.kind = :kind) order by a.viewedAt desc, a.id desc", AccessRecord.class);
        return query.setParameter("viewer", blankToNull(viewer)).setParameter("kind", kind)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String viewer, AccessKind kind) {
        return em.createQuery("select count(a) from AccessRecord a where (:viewer is null or a.viewer = :viewer)"
                        + " and (:kind is null or a.kind = :kind)", Long.class)
                .setParameter("viewer", blankToNull(viewer)).setParameter("kind", kind).getSingleResult();
    }

    public static int viewsPerMinute() {
        return Integer.getInteger("eobuka.privacy.views-per-minute", DEFAULT_VIEWS_PER_MINUTE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
