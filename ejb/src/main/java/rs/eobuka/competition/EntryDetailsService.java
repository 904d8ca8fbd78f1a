package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguService;

/**
 * Reads an entry whole for the pages that show it: the entrant's confirmation page (by the
 * e-mailed link), the organizers' moderation form and the juror's scoring form (by the task,
 * which the caller must be allowed), and the images of an entry not yet published, for the
 * organizers who moderate it.
 */
@Stateless
public class EntryDetailsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EntryService entries;

    @Inject
    LsguService lsgus;

    /** How long an entrant has to confirm, as the confirmation e-mail says. */
    public static long hoursToConfirm() {
        return EntryService.CONFIRM_WITHIN.toHours();
    }

    /** The entry of a confirmation link; empty when the link is unknown or its entry was discarded. */
    public Optional<EntryDetails> byToken(String token) {
        return entries.byToken(token).map(this::details);
    }

    /** The entry behind a moderation or scoring task the user may work on. */
    public EntryDetails forTask(String taskId, String username) {
        return details(entries.forTask(taskId, username));
    }

    /** An image of any entry (1-based position), published or not; for organizers only, whom the caller must check. */
    public Optional<EntryImages.Encoded> image(long entryId, int position) {
        return em.createQuery("select i from EntryImage i where i.entry.id = :entry and i.position = :position", EntryImage.class)
                .setParameter("entry", entryId).setParameter("position", position).getResultStream().findFirst()
                .map(i -> new EntryImages.Encoded(i.getContentType(), i.getWidth(), i.getHeight(), i.getBytes()));
    }

    private EntryDetails details(CompetitionEntry entry) {
        Competition competition = entry.getCompetition();
        CompetitionCategory category = entry.getCategory();
        Optional<LocalSelfGovernmentUnit> lsgu = lsgus.findByCode(entry.getLsguCode());
        long images = em.createQuery("select count(i) from EntryImage i where i.entry = :entry", Long.class)
                .setParameter("entry", entry).getSingleResult();
        return new EntryDetails(entry.getId(), competition.getId(), competition.getTitle(), category.getCode(), category.getName(),
                category.getTrack(), entry.getLsguCode(), lsgu.map(LocalSelfGovernmentUnit::getNameLatn).orElse(entry.getLsguCode()),
                lsgu.map(LocalSelfGovernmentUnit::getNameCyrl).orElse(entry.getLsguCode()), entry.getEntrantName(), entry.getEmail(),
                entry.getTitle(), entry.getDescription(), entry.getLinks(), (int) images, entry.getStatus(), entry.getSubmittedAt(),
                entry.getConfirmedAt(), competition.getCriteria().stream()
                        .map(c -> new EntryDetails.Criterion(c.getId(), c.getCode(), c.getName(), c.getWeight())).toList());
    }
}
