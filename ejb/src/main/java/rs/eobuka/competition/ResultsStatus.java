package rs.eobuka.competition;

/** Where a competition's results are: not yet ranked, proposed by one organizer, approved by a second and published. */
public enum ResultsStatus {
    NONE,
    PROPOSED,
    APPROVED
}
