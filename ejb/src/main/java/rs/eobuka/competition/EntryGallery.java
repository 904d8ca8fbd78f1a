package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The public gallery: a competition's published entries, filtered by category and municipality,
 * newest first, paged and counted in the database (the index {@code competition_entry_gallery_idx}).
 */
@Stateless
public class EntryGallery {

    private static final String FROM = " from CompetitionEntry e, LocalSelfGovernmentUnit l where l.code = e.lsguCode and e.competition.id = :competition"
            + " and e.status = rs.eobuka.competition.EntryStatus.PUBLISHED"
            + " and (:category is null or e.category.code = :category) and (:lsgu is null or e.lsguCode = :lsgu)";

    @PersistenceContext
    EntityManager em;

    public List<GalleryEntry> page(long competitionId, String category, String lsguCode, int first, int max) {
        return filtered(em.createQuery("select new rs.eobuka.competition.GalleryEntry(e.id, e.category.code, e.lsguCode, l.nameLatn,"
                        + " l.nameCyrl, e.entrantName, e.title, e.description, e.links,"
                        + " (select count(i) from EntryImage i where i.entry = e), e.submittedAt)" + FROM + " order by e.id desc",
                GalleryEntry.class), competitionId, category, lsguCode).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long competitionId, String category, String lsguCode) {
        return filtered(em.createQuery("select count(e)" + FROM, Long.class), competitionId, category, lsguCode).getSingleResult();
    }

    /** An image of a published entry (1-based position); empty for an entry not (or no longer) in the gallery. */
    public Optional<EntryImage> publishedImage(long entryId, int position) {
        return em.createQuery("select i from EntryImage i where i.entry.id = :entry and i.position = :position"
                        + " and i.entry.status = rs.eobuka.competition.EntryStatus.PUBLISHED", EntryImage.class)
                .setParameter("entry", entryId).setParameter("position", position).getResultStream().findFirst();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, long competitionId, String category, String lsguCode) {
        return query.setParameter("competition", competitionId).setParameter("category", blankToNull(category))
                .setParameter("lsgu", blankToNull(lsguCode));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
