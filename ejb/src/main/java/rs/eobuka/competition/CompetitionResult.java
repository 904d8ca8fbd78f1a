package rs.eobuka.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** An entry's place in its category as last ranked ({@link ResultsService#rank}); read by the results. */
@Entity
@Table(name = "competition_result")
@IdClass(CompetitionResult.Key.class)
public class CompetitionResult {

    /** The row's key: the competition and the entry. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long competitionId;
        private long entryId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.competitionId == competitionId && key.entryId == entryId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(competitionId) * 31 + Long.hashCode(entryId);
        }
    }

    @Id
    @Column(name = "competition_id")
    private long competitionId;
    @Id
    @Column(name = "entry_id")
    private long entryId;
    @Column(name = "category_id")
    private long categoryId;
    private int position;
    @Column(name = "jury_score")
    private BigDecimal juryScore;
    private long votes;
    @Column(name = "vote_share")
    private BigDecimal voteShare;
    @Column(name = "final_score")
    private BigDecimal finalScore;

    protected CompetitionResult() {
        // for JPA
    }

    public int getPosition() {
        return position;
    }
}
