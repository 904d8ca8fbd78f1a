package rs.eobuka.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The final score of the competition's rules: (1 − w) × jury / 10 + w × share of the category's votes; ties to the jury. */
class RankingTest {

    private static final BigDecimal THIRTY_PERCENT = new BigDecimal("0.3");

    @Test
    void shouldWeighTheJurysNormalisedScoreAgainstTheShareOfVotes() {
        // Given a jury favourite with few votes and a public favourite the jury liked less
        List<Ranking.Place> places = Ranking.rank(List.of(
                new Ranking.Contender(1, new BigDecimal("9.0000"), 10),
                new Ranking.Contender(2, new BigDecimal("6.0000"), 90)), THIRTY_PERCENT);

        // Then the public favourite wins: 0.7 × 0.6 + 0.3 × 0.9 = 0.69 against 0.7 × 0.9 + 0.3 × 0.1 = 0.66
        assertThat(places).extracting(Ranking.Place::entryId).containsExactly(2L, 1L);
        assertThat(places.get(0).finalScore()).isEqualByComparingTo("0.690000");
        assertThat(places.get(1).finalScore()).isEqualByComparingTo("0.660000");
        assertThat(places.get(0).voteShare()).isEqualByComparingTo("0.9");
    }

    @Test
    void shouldLetTheJuryDecideAloneWhenThePublicHasNoWeight() {
        List<Ranking.Place> places = Ranking.rank(List.of(
                new Ranking.Contender(7, new BigDecimal("5.0000"), 1),
                new Ranking.Contender(8, new BigDecimal("8.0000"), 0)), BigDecimal.ZERO);

        assertThat(places).extracting(Ranking.Place::entryId).containsExactly(8L, 7L);
    }

    @Test
    void shouldOrderThreeEntriesByTheirFinalScores() {
        // 5: 0.75 × 0.4 + 0.25 × 0.25 = 0.3625; 6: 0.75 × 0.6 + 0.25 × 0.25 = 0.5125; 9: 0.75 × 0.2 + 0.25 × 0.5 = 0.275
        List<Ranking.Place> places = Ranking.rank(List.of(
                new Ranking.Contender(5, new BigDecimal("4.0000"), 1),
                new Ranking.Contender(6, new BigDecimal("6.0000"), 1),
                new Ranking.Contender(9, new BigDecimal("2.0000"), 2)), new BigDecimal("0.25"));

        assertThat(places).extracting(Ranking.Place::entryId).containsExactly(6L, 5L, 9L);
        assertThat(places).extracting(Ranking.Place::finalScore).map(BigDecimal::toPlainString)
                .containsExactly("0.512500", "0.362500", "0.275000");
    }

    @Test
    void shouldBreakAnExactTieByTheJuryScore() {
        // 0.5 × 0.2 + 0.5 × 0.6 = 0.4 and 0.5 × 0.4 + 0.5 × 0.4 = 0.4
        List<Ranking.Place> places = Ranking.rank(List.of(
                new Ranking.Contender(11, new BigDecimal("2.0000"), 3),
                new Ranking.Contender(12, new BigDecimal("4.0000"), 2)), new BigDecimal("0.5"));

        assertThat(places.get(0).finalScore()).isEqualByComparingTo(places.get(1).finalScore());
        assertThat(places).extracting(Ranking.Place::entryId).containsExactly(12L, 11L);
    }

    @Test
    void shouldCountAnUnscoredEntryAsZeroAndNoVotesAsNoShare() {
        List<Ranking.Place> places = Ranking.rank(List.of(
                new Ranking.Contender(21, null, 0),
                new Ranking.Contender(22, new BigDecimal("1.0000"), 0)), THIRTY_PERCENT);

        assertThat(places).extracting(Ranking.Place::entryId).containsExactly(22L, 21L);
        assertThat(places.get(1).finalScore()).isEqualByComparingTo("0");
        assertThat(places.get(0).voteShare()).isEqualByComparingTo("0");
    }
}
