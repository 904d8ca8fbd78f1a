package rs.eobuka.platform.mail;

public enum OutboxStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    SENT,
    /** Gave up after the last retry; an admin can send it again. */
    FAILED,
    /** Kept in the outbox only: this run has no SMTP server (local demo run). */
    HELD
}
