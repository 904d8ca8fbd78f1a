package rs.eobuka.impact;

/** Where a report stands. Labels are {@code impactStatus.X} in the bundles. */
public enum ImpactReportStatus {
    /** Being written by its author. */
    DRAFT,
    /** Submitted, waiting for a second evaluator. */
    IN_REVIEW,
    /** Sent back by the reviewer with comments; the author revises it. */
    RETURNED,
    /** Approved and public; never changes again. */
    PUBLISHED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
