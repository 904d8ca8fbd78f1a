package rs.eobuka.feedback;

/** Something held that has no survey yet, as an evaluator picks it. */
public record SurveyCandidate(SurveyTarget target, String title) {

    /** A stable text key for a select: {@code SESSION:12}. */
    public String key() {
        return target.subject() + ":" + target.id();
    }

    public static SurveyTarget parse(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new SurveyTarget(SurveySubject.valueOf(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
