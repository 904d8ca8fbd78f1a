package rs.eobuka.feedback;

/** The thing a survey asks about: a session, a caravan event or a workshop request, by id. */
public record SurveyTarget(SurveySubject subject, long id) {

    public static SurveyTarget session(long sessionId) {
        return new SurveyTarget(SurveySubject.SESSION, sessionId);
    }

    public static SurveyTarget caravanEvent(long eventId) {
        return new SurveyTarget(SurveySubject.CARAVAN_EVENT, eventId);
    }

    public static SurveyTarget workshopRequest(long requestId) {
        return new SurveyTarget(SurveySubject.WORKSHOP_REQUEST, requestId);
    }

    /** Unique per survey: one survey per target and audience, whoever starts it and however often. */
    String key(SurveyAudience audience) {
        return subject + ":" + id + ":" + audience;
    }
}
