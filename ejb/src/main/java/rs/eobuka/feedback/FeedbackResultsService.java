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
 * Evaluators' results over a scope of surveys. Every figure is a grouped query over the answers
 * (never the answers loaded into memory): the scope is a subquery of survey ids, joined to what
 * each survey asks about (a session's training and LSGU, a caravan event's LSGU, a workshop
 * request's LSGU) and its day.
 */
@Stateless
public class FeedbackResultsService {

    @PersistenceContext
    EntityManager em;

    public FeedbackResults results(ResultsScope scope) {
        Scope sql = Scope.of(scope);
        Object[] invited = (Object[]) sql.bind(em.createNativeQuery("select count(*), coalesce(sum(case when i.answered then 1 else 0 end), 0)"
                + " from feedback_invitation i where i.survey_id in (" + sql.surveys + ")")).getSingleResult();
        long surveys = number(sql.bind(em.createNativeQuery("select count(*) from (" + sql.surveys + ") x")).getSingleResult());
        long answers = number(sql.bind(em.createNativeQuery("select count(*) from feedback_response r where r.survey_id in ("
                + sql.surveys + ")")).getSingleResult());

        Map<Long, Map<Long, Long>> counts = new HashMap<>();
        Map<Long, long[]> sums = new HashMap<>();
        for (Object row : sql.bind(em.createNativeQuery("select a.question_id, coalesce(a.option_id, a.number_value), count(*),"
                + " sum(a.number_value) from feedback_answer a join feedback_response r on r.id = a.response_id"
                + " where r.survey_id in (" + sql.surveys + ") and (a.option_id is not null or a.number_value is not null)"
                + " group by a.question_id, coalesce(a.option_id, a.number_value)")).getResultList()) {
            Object[] cells = (Object[]) row;
            long question = number(cells[0]);
            long count = number(cells[2]);
            counts.computeIfAbsent(question, q -> new TreeMap<>()).put(number(cells[1]), count);
            long[] sum = sums.computeIfAbsent(question, q -> new long[2]);
            sum[0] += count;
            sum[1] += cells[3] == null ? 0 : number(cells[3]);
        }
        Map<Long, Long> texts = new HashMap<>();
        for (Object row : sql.bind(em.createNativeQuery("select a.question_id, count(*) from feedback_answer a join feedback_response r"
                + " on r.id = a.response_id where r.survey_id in (" + sql.surveys + ") and a.text_value is not null group by a.question_id"))
                .getResultList()) {
            Object[] cells = (Object[]) row;
            texts.put(number(cells[0]), number(cells[1]));
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
                long[] sum = sums.getOrDefault(question.getId(), new long[2]);
                boolean scale = question.getKind().isScale();
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
        return new FeedbackResults(surveys, number(invited[0]), number(invited[1]), answers, questions, measureMeans, shift);
    }

    /** Free texts of the scope, newest first, paged; {@code search} matches literally, in any case. */
    public List<FreeTextAnswer> freeTexts(ResultsScope scope, String search, int first, int max) {
        Scope sql = Scope.of(scope);
        String filter = search == null || search.isBlank() ? "" : " and lower(a.text_value) like :search" + LikePattern.ESCAPE;
        Query query = sql.bind(em.createNativeQuery("select a.text_value, r.answered_on, a.question_id, r.survey_id, a.id from feedback_answer a"
                + " join feedback_response r on r.id = a.response_id where r.survey_id in (" + sql.surveys + ")"
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
                        + " from feedback_answer a join feedback_response r on r.id = a.response_id where r.survey_id in (" + sql.surveys + ")"
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

    /** The scope as SQL: the ids of the surveys in it, with its parameters bound by name. */
    private record Scope(String surveys, Map<String, Object> parameters) {

        static Scope of(ResultsScope scope) {
            StringBuilder sql = new StringBuilder("select s.id from feedback_survey s"
                    + " left join training_session ts on ts.id = s.session_id left join training t on t.id = ts.training_id"
                    + " left join caravan_event ce on ce.id = s.caravan_event_id"
                    + " left join workshop_request wr on wr.id = s.workshop_request_id"
                    + " left join training_session ws on ws.id = wr.session_id left join training wt on wt.id = ws.training_id"
                    + " left join lsgu l on l.code = coalesce(ts.lsgu_code, ce.lsgu_code, wr.lsgu_code) where 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (scope.sessionId() != null) {
                sql.append(" and s.session_id = :session");
                parameters.put("session", scope.sessionId());
            }
            if (scope.programmeId() != null) {
                sql.append(" and coalesce(t.programme_id, wt.programme_id) = :programme");
                parameters.put("programme", scope.programmeId());
            }
            if (scope.lsguCode() != null) {
                sql.append(" and l.code = :lsgu");
                parameters.put("lsgu", scope.lsguCode());
            }
            if (scope.region() != null) {
                sql.append(" and l.region_latn = :region");
                parameters.put("region", scope.region());
            }
            String day = "coalesce(cast(ts.starts_at as date), ce.event_day, cast(ws.starts_at as date), cast(s.opened_at as date))";
            if (scope.from() != null) {
                sql.append(" and ").append(day).append(" >= :from");
                parameters.put("from", scope.from());
            }
            if (scope.to() != null) {
                sql.append(" and ").append(day).append(" <= :to");
                parameters.put("to", scope.to());
            }
            return new Scope(sql.toString(), parameters);
        }

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
