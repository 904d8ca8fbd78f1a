package rs.eobuka.booking;

/** The orders the venue list can take. */
public enum VenueSort {
    NAME("v.name"),
    LSGU("v.lsgu.nameLatn"),
    SEATS("v.seats"),
    COMPUTERS("v.computers");

    private final String expression;

    VenueSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
