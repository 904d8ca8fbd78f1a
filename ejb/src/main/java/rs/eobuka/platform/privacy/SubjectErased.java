package rs.eobuka.platform.privacy;

/**
 * Fired when a person's data has been anonymised, for what must forget them once the erasure is
 * committed (the caches that a request running meanwhile could fill again from the old rows).
 */
public record SubjectErased(DataSubject subject) {
}
