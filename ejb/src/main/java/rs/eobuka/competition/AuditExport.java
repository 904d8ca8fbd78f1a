package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import rs.eobuka.platform.CsvField;

/**
 * A competition's audit trail as CSV, written as it is read, a page at a time (a competition may
 * hold half a million votes): every decision in order (submissions, confirmations, moderation,
 * conflicts, scores with their values, rankings, proposals and approvals), then every confirmed
 * vote with its entry and the voter's salted hash, so the votes can be counted again.
 */
@Stateless
public class AuditExport {

    static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetitionAuditTrail trail;

    public void write(long competitionId, OutputStream out) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write("kind,id,at,actor,action,entry_id,detail\r\n");
        long after = 0;
        List<CompetitionAudit> page;
        do {
            page = trail.after(competitionId, after, PAGE);
            for (CompetitionAudit line : page) {
                row(csv, "audit", line.getId(), line.getAt(), line.getActor(), line.getAction(), line.getEntryId(), line.getDetail());
                after = line.getId();
            }
            em.clear();
        } while (page.size() == PAGE);
        after = 0;
        List<CompetitionVote> votes;
        do {
            votes = em.createQuery("select v from CompetitionVote v where v.competitionId = :competition and v.id > :after order by v.id",
                    CompetitionVote.class).setParameter("competition", competitionId).setParameter("after", after)
                    .setMaxResults(PAGE).getResultList();
            for (CompetitionVote vote : votes) {
                row(csv, "vote", vote.getId(), vote.getConfirmedAt(), vote.getVoterHash(), "VOTE_CONFIRMED", vote.getEntryId(), null);
                after = vote.getId();
            }
            em.clear();
        } while (votes.size() == PAGE);
        csv.flush();
    }

    private static void row(Writer csv, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(CsvField.of(values[i]));
        }
        csv.write("\r\n");
    }
}
