package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

/**
 * Where a competition's entrants may come from: the campaign's municipalities on the track of a
 * category ({@link Competition#lsgusOf}), named from the LSGU reference, for the entry form and
 * the gallery's filter. One query for the names.
 */
@Stateless
public class CompetitionPlaces {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetitionService competitions;

    /** The municipalities of the category's track (of every category's track when none is named), by Latin name. */
    public List<LocalSelfGovernmentUnit> of(long competitionId, String categoryCode) {
        Competition competition = competitions.get(competitionId);
        Set<String> codes = new TreeSet<>();
        for (CompetitionCategory category : competition.getCategories()) {
            if (categoryCode == null || categoryCode.isBlank() || category.getCode().equals(categoryCode.strip())) {
                codes.addAll(competition.lsgusOf(category.getTrack()));
            }
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from LocalSelfGovernmentUnit u where u.code in :codes order by u.nameLatn",
                LocalSelfGovernmentUnit.class).setParameter("codes", codes).getResultList();
    }
}
