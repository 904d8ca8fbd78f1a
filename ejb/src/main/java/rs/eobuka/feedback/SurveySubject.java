package rs.eobuka.feedback;

/** What a survey asks about. */
public enum SurveySubject {
    SESSION,
    CARAVAN_EVENT,
    WORKSHOP_REQUEST
}
