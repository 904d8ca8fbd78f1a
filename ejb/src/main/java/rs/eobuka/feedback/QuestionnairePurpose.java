package rs.eobuka.feedback;

/** Who a questionnaire is written for; each purpose has a default family, seeded in every mode. */
public enum QuestionnairePurpose {
    /** Participants of trainings and workshops. */
    PARTICIPANT("participants"),
    /** Citizens helped at a Digital Corner, through the event's public link. */
    CORNER("digital-corner"),
    /** Whoever requested a workshop, after it was held. */
    REQUESTER("requester");

    private final String defaultCode;

    QuestionnairePurpose(String defaultCode) {
        this.defaultCode = defaultCode;
    }

    public String defaultCode() {
        return defaultCode;
    }
}
