package rs.eobuka.caravan;

/** Where a caravan event stands: planned, held (its report filed), or called off. */
public enum CaravanEventStatus {
    PLANNED,
    HELD,
    CANCELLED
}
