package rs.eobuka.feedback;

/**
 * What a question measures, so that results, reports and the map can name it whatever the
 * questionnaire's wording: the mean satisfaction of a municipality, the knowledge shift of a
 * programme. A question without a measure is read on its own.
 */
public enum QuestionMeasure {
    SATISFACTION,
    RELEVANCE,
    TRAINER,
    ORGANISATION,
    KNOWLEDGE_BEFORE,
    KNOWLEDGE_AFTER,
    RECOMMEND,
    IMPROVE,
    PROBLEM_SOLVED,
    WOULD_USE_ALONE,
    AGE_BAND
}
