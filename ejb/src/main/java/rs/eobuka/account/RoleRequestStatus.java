package rs.eobuka.account;

public enum RoleRequestStatus {
    PENDING, GRANTED, DECLINED
}
