package rs.eobuka.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalColumn;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;

/** A confirmed public vote: for an entry, from an address known only by its salted hash; one per address and category. */
@PersonalColumn(table = "competition_vote_request", column = "voter_hash", activity = ProcessingActivity.COMPETITION_VOTES, category = DataCategory.PSEUDONYM)
@PersonalColumn(table = "hourly_quota", column = "client_hash", activity = ProcessingActivity.COMPETITION_VOTES, category = DataCategory.PSEUDONYM)
@Entity
@Table(name = "competition_vote")
public class CompetitionVote {

    @Id
    @SequenceGenerator(name = "competition_vote_seq", sequenceName = "competition_vote_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competition_vote_seq")
    private Long id;
    @Column(name = "competition_id")
    private long competitionId;
    @Column(name = "category_id")
    private long categoryId;
    @Column(name = "entry_id")
    private long entryId;
    @PersonalData(activity = ProcessingActivity.COMPETITION_VOTES, category = DataCategory.PSEUDONYM)
    @Column(name = "voter_hash")
    private String voterHash;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected CompetitionVote() {
        // for JPA
    }

    CompetitionVote(long competitionId, long categoryId, long entryId, String voterHash, Instant confirmedAt) {
        this.competitionId = competitionId;
        this.categoryId = categoryId;
        this.entryId = entryId;
        this.voterHash = voterHash;
        this.confirmedAt = confirmedAt;
    }

    public Long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getVoterHash() {
        return voterHash;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
