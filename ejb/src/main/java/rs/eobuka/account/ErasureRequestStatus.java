package rs.eobuka.account;

public enum ErasureRequestStatus {
    /** Waiting for an administrator to confirm. */
    REQUESTED,
    /** Confirmed: the person's data is anonymised. */
    ERASED,
    /** Declined with a reason the person was told. */
    DECLINED
}
