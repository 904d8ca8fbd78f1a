package rs.eobuka.registration;

/** Registrations waiting for an organizer's decision, and how many of them are overdue (escalated). */
public record ApprovalBacklog(long waiting, long overdue) {
}
