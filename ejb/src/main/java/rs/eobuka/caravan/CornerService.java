package rs.eobuka.caravan;

/** The e-services a citizen is helped with at the Digital Corner. */
public enum CornerService {
    EGOV_PORTAL_SIGNUP,
    EPAY_PAYMENT,
    ESICK_LEAVE,
    PORTAL_NAVIGATION,
    /** Anything else; the tap then carries a short note. */
    OTHER
}
