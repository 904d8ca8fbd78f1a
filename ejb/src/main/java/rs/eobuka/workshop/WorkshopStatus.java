package rs.eobuka.workshop;

import java.util.Set;

/** Where a workshop request stands; labels are {@code workshopStatus.X} in the bundles. */
public enum WorkshopStatus {
    SUBMITTED,
    ACCEPTED,
    PROPOSED,
    CONFIRMED,
    DECLINED,
    WITHDRAWN,
    HELD;

    /** The states from which either side may still withdraw. */
    public static final Set<WorkshopStatus> OPEN = Set.of(SUBMITTED, ACCEPTED, PROPOSED, CONFIRMED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
