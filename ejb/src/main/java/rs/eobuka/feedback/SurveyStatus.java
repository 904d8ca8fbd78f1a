package rs.eobuka.feedback;

public enum SurveyStatus {
    OPEN,
    CLOSED
}
