package rs.eobuka.competition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import rs.eobuka.platform.privacy.DataSubject;
import rs.eobuka.platform.privacy.SubjectQueries;
import rs.eobuka.platform.privacy.SubjectQuery;

/**
 * A voter's votes and vote requests for the export of their data: kept only under a hash of
 * their address salted per competition, so they are found by hashing the address with each
 * competition's salt.
 */
@ApplicationScoped
public class VoteSubjectQueries implements SubjectQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<SubjectQuery> about(DataSubject subject) {
        List<Object> hashes = new ArrayList<>();
        for (Competition competition : em.createQuery("select c from Competition c order by c.id", Competition.class).getResultList()) {
            hashes.add(VoteService.voterHash(competition, subject.email()));
        }
        if (hashes.isEmpty()) {
            return List.of();
        }
        String condition = "voter_hash in (" + String.join(", ", Collections.nCopies(hashes.size(), "?")) + ")";
        return List.of(new SubjectQuery("competition_vote", condition, hashes),
                new SubjectQuery("competition_vote_request", condition, hashes));
    }
}
