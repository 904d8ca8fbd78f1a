package rs.eobuka.session;

/** The orders a session list can take; each maps to an indexed or cheap column. */
public enum SessionSort {
    STARTS_AT("s.startsAt"),
    CITY("s.lsgu.nameLatn"),
    SEATS_LEFT("(s.capacity - s.seatsTaken)"),
    FILL_RATE("(s.seatsTaken * 1.0 / s.capacity)");

    private final String expression;

    SessionSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
