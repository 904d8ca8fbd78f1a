package rs.eobuka.feedback;

import java.util.List;
import java.util.Map;

/**
 * The figures of a scope's feedback, all counted in the database: invitations and answers, and
 * per question the answers' count, a scale's mean and distribution (and the net promoter score
 * of a recommendation), a choice's counts per option; per measure, the mean over every question
 * that measures it; and the shift in knowledge (mean after minus mean before).
 */
public record FeedbackResults(long surveys, long invitations, long answeredInvitations, long answers, List<QuestionResult> questions,
                              Map<QuestionMeasure, Double> measureMeans, Double knowledgeShift) {

    public double responseRate() {
        return invitations == 0 ? 0 : Math.round(1000.0 * answeredInvitations / invitations) / 1000.0;
    }

    /** One question's figures; {@code counts} maps a scale value or an option id to how many chose it. */
    public record QuestionResult(Question question, long answered, Double mean, Map<Long, Long> counts, Integer netPromoterScore) {

        /** The share of a value among the answers, 0 to 100. */
        public long percent(long key) {
            long count = counts.getOrDefault(key, 0L);
            long all = counts.values().stream().mapToLong(Long::longValue).sum();
            return all == 0 ? 0 : Math.round(100.0 * count / all);
        }
    }
}
