package rs.eobuka.feedback;

/** How a question is answered. */
public enum QuestionKind {
    /** 1 to 5, with labelled ends. */
    RATING(1, 5),
    /** 0 to 10, "how likely are you to recommend": the net promoter score. */
    RECOMMEND(0, 10),
    /** One of the options. */
    SINGLE(0, 0),
    /** Any of the options. */
    MULTIPLE(0, 0),
    /** Free text, shown to evaluators only. */
    TEXT(0, 0);

    private final int lowest;
    private final int highest;

    QuestionKind(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public boolean isScale() {
        return this == RATING || this == RECOMMEND;
    }

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }
}
