package rs.eobuka.account;

public enum AccountStatus {
    /** Signed up, e-mail not yet verified: cannot log in. */
    PENDING_VERIFICATION,
    ACTIVE,
    /** Disabled by an admin: cannot log in. */
    DISABLED,
    /** The person asked to be forgotten and an admin confirmed: anonymised, cannot log in. */
    ERASED
}
