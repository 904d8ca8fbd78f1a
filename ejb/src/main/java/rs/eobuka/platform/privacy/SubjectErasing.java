package rs.eobuka.platform.privacy;

/**
 * Fired, in the erasure's transaction, just before a person's data is anonymised: a feature
 * ends what it still runs for them (their registrations for trainings to come, say), so no
 * process waits on someone who is gone.
 */
public record SubjectErasing(DataSubject subject) {
}
