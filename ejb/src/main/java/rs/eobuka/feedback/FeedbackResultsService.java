package rs.eobuka.feedback;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rs.eobuka.platform.persistence.LikePattern;

/**
 * Evaluators' results over a scope of surveys. Every figure is counted by the database from what
 * each survey keeps of itself (where and when its subject took place, its invitation and answer
 * counts, and the tally of choices per question, see {@link SurveyTally}), never by loading the
 * answers: a year of a programme reads a few rows per survey. Free texts are read from the
 * answers themselves, a page at a time.
 */
@Stateless
public class FeedbackResultsService {

    @PersistenceContext
    EntityManager em;

    public FeedbackResults results(ResultsScope scope) {
        Scope sql = Scope.of(scope);
        Object[] totals = (Object[]) sql.bind(em.createNativeQuery("select count(*), coalesce(sum(s.invitations), 0),"
                + " coalesce(sum(s.answered_invitations), 0), coalesce(sum(s.responses), 0)" + sql.from)).getSingleResult();
        long surveys = number(totals[0]);
        long answers = number(totals[3]);

        // how often each choice was given, from the surveys' tallies: a few rows per survey
        Map<Long, Map<Long, Long>> counts = new HashMap<>();
        Map<Long, Long> texts = new HashMap<>();
        for (Object row : sql.bind(em.createNativeQuery("select x.question_id, x.choice, sum(x.answers) from feedback_tally x"
                + " join feedback_survey s on s.id = x.survey_id" + sql.joins + sql.where + " group by x.question_id, x.choice")).getResultList()) {
            Object[] cells = (Object[]) row;
            long question = number(cells[0]);
            long choice = number(cells[1]);
            if (choice == SurveyTally.FREE_TEXT) {
                texts.put(question, number(cells[2]));
            } else {
                counts.computeIfAbsent(question, q -> new TreeMap<>()).put(choice, number(cells[2]));
            }
        }
        List<Long> asked = new ArrayList<>(counts.keySet());
        asked.addAll(texts.keySet());
        List<FeedbackResults.QuestionResult> questions = new ArrayList<>();
        Map<QuestionMeasure, long[]> byMeasure = new EnumMap<>(QuestionMeasure.class);
        if (!asked.isEmpty()) {
            for (Question question : em.createQuery("select q from Question q join fetch q.questionnaire where q.id in :ids"
                    + " order by q.questionnaire.code, q.questionnaire.version desc, q.position", Question.class)
                    .setParameter("ids", asked).getResultList()) {
                Map<Long, Long> distribution = counts.getOrDefault(question.getId(), Map.of());
                boolean scale = question.getKind().isScale();
                // answers given and, on a scale, the sum of the numbers given
                long[] sum = new long[2];
                distribution.forEach((choice, count) -> {
                    sum[0] += count;
                    sum[1] += scale ? choice * count : 0;
                });
                Double mean = scale && sum[0] > 0 ? round((double) sum[1] / sum[0]) : null;
                Integer nps = question.getKind() == QuestionKind.RECOMMEND && sum[0] > 0 ? netPromoterScore(distribution, sum[0]) : null;
                long answered = question.getKind() == QuestionKind.TEXT ? texts.getOrDefault(question.getId(), 0L)
                        : question.getKind() == QuestionKind.MULTIPLE ? distribution.values().stream().mapToLong(Long::longValue).sum() : sum[0];
                question.getOptions().size();
                questions.add(new FeedbackResults.QuestionResult(question, answered, mean, new LinkedHashMap<>(distribution), nps));
                if (scale && question.getMeasure() != null) {
                    long[] measure = byMeasure.computeIfAbsent(question.getMeasure(), m -> new long[2]);
                    measure[0] += sum[0];
                    measure[1] += sum[1];
                }
            }
        }
        Map<QuestionMeasure, Double> measureMeans = new EnumMap<>(QuestionMeasure.class);
        byMeasure.forEach((measure, sum) -> measureMeans.put(measure, round((double) sum[1] / sum[0])));
        long[] after = byMeasure.get(QuestionMeasure.KNOWLEDGE_AFTER);
        long[] before = byMeasure.get(QuestionMeasure.KNOWLEDGE_BEFORE);
        // from the sums, not the rounded means, so that rounding is done once
        Double shift = after != null && before != null ? round((double) after[1] / after[0] - (double) before[1] / before[0]) : null;
        return new FeedbackResults(surveys, number(totals[1]), number(totals[2]), answers, questions, measureMeans, shift);
    }

    /** Free texts of the scope, newest first, paged; {@code search} matches literally, in any case. */
    public List<FreeTextAnswer> freeTexts(ResultsScope scope, String search, int first, int max) {
        Scope sql = Scope.of(scope);
        String filter = search == null || search.isBlank() ? "" : " and lower(a.text_value) like :search" + LikePattern.ESCAPE;
        Query query = sql.bind(em.createNativeQuery("select a.text_value, r.answered_on, a.question_id, r.survey_id, a.id from feedback_answer a"
                + " join feedback_response r on r.id = a.response_id where r.survey_id in (select s.id" + sql.from + ")"
                + " and a.text_value is not null" + filter + " order by r.answered_on desc, a.id desc"));
        if (!filter.isEmpty()) {
            query.setParameter("search", LikePattern.containing(search, java.util.Locale.ROOT));
        }
        List<FreeTextAnswer> page = new ArrayList<>();
        for (Object row : query.setFirstResult(first).setMaxResults(max).getResultList()) {
            Object[] cells = (Object[]) row;
            page.add(new FreeTextAnswer((String) cells[0], localDate(cells[1]), number(cells[2]), number(cells[3]), number(cells[4])));
        }
        return page;
    }

    /** Those of these free-text answers that belong to the scope (a report's quotes must), in the order asked. */
    public List<FreeTextAnswer> freeTextsByIds(ResultsScope scope, List<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        Scope sql = Scope.of(scope);
        Map<Long, FreeTextAnswer> found = new HashMap<>();
        for (Object row : sql.bind(em.createNativeQuery("select a.text_value, r.answered_on, a.question_id, r.survey_id, a.id"
                        + " from feedback_answer a join feedback_response r on r.id = a.response_id where r.survey_id in (select s.id" + sql.from + ")"
                        + " and a.text_value is not null and a.id in (:ids)")).setParameter("ids", answerIds).getResultList()) {
            Object[] cells = (Object[]) row;
            found.put(number(cells[4]), new FreeTextAnswer((String) cells[0], localDate(cells[1]), number(cells[2]), number(cells[3]),
                    number(cells[4])));
        }
        return answerIds.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Promoters (9, 10) less detractors (0 to 6), as a share of all, -100 to 100. */
    static int netPromoterScore(Map<Long, Long> distribution, long all) {
        long promoters = distribution.getOrDefault(9L, 0L) + distribution.getOrDefault(10L, 0L);
        long detractors = distribution.entrySet().stream().filter(e -> e.getKey() <= 6).mapToLong(Map.Entry::getValue).sum();
        return (int) Math.round(100.0 * (promoters - detractors) / all);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /**
     * The scope as SQL over the surveys (alias s) and their LSGU (alias l): each survey keeps
     * where and when its subject took place, so no join to sessions or events is needed.
     */
    private record Scope(String joins, String where, String from, Map<String, Object> parameters) {

        static Scope of(ResultsScope scope) {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (scope.sessionId() != null) {
                where.append(" and s.session_id = :session");
                parameters.put("session", scope.sessionId());
            }
            if (scope.programmeId() != null) {
                where.append(" and s.programme_id = :programme");
                parameters.put("programme", scope.programmeId());
            }
            if (scope.lsguCode() != null) {
                where.append(" and s.lsgu_code = :lsgu");
                parameters.put("lsgu", scope.lsguCode());
            }
            String joins = "";
            if (scope.region() != null) {
                joins = " join lsgu l on l.code = s.lsgu_code";
                where.append(" and l.region_latn = :region");
                parameters.put("region", scope.region());
            }
            if (scope.from() != null) {
                where.append(" and s.held_on >= :from");
                parameters.put("from", scope.from());
            }
            if (scope.to() != null) {
                where.append(" and s.held_on <= :to");
                parameters.put("to", scope.to());
            }
            return new Scope(joins, where.toString(), " from feedback_survey s" + joins + where, parameters);
        }

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
