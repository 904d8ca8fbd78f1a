package rs.eobuka.registration;

/**
 * The orders the roster can take, each an expression the database sorts on. Registration time
 * and waiting-list order follow the indexes on (session, created_at) and (session, status,
 * waitlist_ticket); the others sort one session's rows, which the session index finds.
 */
public enum RosterSort {
    REGISTERED_AT("r.createdAt"),
    NAME("r.account.fullName"),
    STATUS("r.status"),
    WAITLIST("r.waitlistTicket"),
    LSGU("r.lsguCode"),
    ORGANISATION("r.account.organisationName");

    private final String expression;

    RosterSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
