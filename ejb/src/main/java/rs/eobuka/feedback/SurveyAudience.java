package rs.eobuka.feedback;

/** Who a survey asks, and so which questionnaire purpose it takes. */
public enum SurveyAudience {
    /** Those marked present: invited one by one. */
    PARTICIPANTS(QuestionnairePurpose.PARTICIPANT),
    /** The one who requested a workshop: invited one by one. */
    REQUESTER(QuestionnairePurpose.REQUESTER),
    /** Digital Corner citizens: a printed public link, no invitations. */
    PUBLIC(QuestionnairePurpose.CORNER);

    private final QuestionnairePurpose purpose;

    SurveyAudience(QuestionnairePurpose purpose) {
        this.purpose = purpose;
    }

    public QuestionnairePurpose purpose() {
        return purpose;
    }
}
