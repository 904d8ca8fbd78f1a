package rs.eobuka.competition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking of one category: final score = (1 − w) × normalised jury score + w × share of the
 * category's public votes, where the jury score (1 to 10, the mean of the jurors' weighted means)
 * is normalised by dividing it by 10 and an entry nobody scored counts 0. Ties go to the higher
 * jury score, then to the earlier entry.
 */
public final class Ranking {

    static final BigDecimal MAX_JURY_SCORE = BigDecimal.TEN;

    /** An entry as ranked. */
    public record Place(long entryId, BigDecimal juryScore, long votes, BigDecimal voteShare, BigDecimal finalScore) {
    }

    /** An entry with what the ranking needs. */
    public record Contender(long entryId, BigDecimal juryScore, long votes) {
    }

    private Ranking() {
    }

    public static List<Place> rank(List<Contender> contenders, BigDecimal publicVoteWeight) {
        long total = contenders.stream().mapToLong(Contender::votes).sum();
        BigDecimal juryWeight = BigDecimal.ONE.subtract(publicVoteWeight);
        List<Place> places = new ArrayList<>();
        for (Contender c : contenders) {
            BigDecimal share = total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(c.votes()).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
            BigDecimal jury = c.juryScore() == null ? BigDecimal.ZERO : c.juryScore().divide(MAX_JURY_SCORE, 8, RoundingMode.HALF_UP);
            BigDecimal score = juryWeight.multiply(jury).add(publicVoteWeight.multiply(share)).setScale(6, RoundingMode.HALF_UP);
            places.add(new Place(c.entryId(), c.juryScore(), c.votes(), share, score));
        }
        places.sort(Comparator.comparing(Place::finalScore).reversed()
                .thenComparing(p -> p.juryScore() == null ? BigDecimal.ZERO : p.juryScore(), Comparator.reverseOrder())
                .thenComparing(Place::entryId));
        return places;
    }
}
