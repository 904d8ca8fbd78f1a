package rs.eobuka.booking;

/** The orders the trainer list can take, each a column of the trainer table. */
public enum TrainerSort {
    NAME("t.fullName"),
    EMAIL("t.email"),
    CREATED_AT("t.createdAt");

    private final String expression;

    TrainerSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
