package rs.eobuka.registration;

import java.util.EnumSet;
import java.util.Set;

/** Where a registration stands. Active ones count against the session and block a second registration. */
public enum RegistrationStatus {
    PENDING_APPROVAL,
    WAITLISTED,
    CONFIRMED,
    REJECTED,
    CANCELLED,
    ATTENDED,
    NO_SHOW;

    public static final Set<RegistrationStatus> ACTIVE = EnumSet.of(PENDING_APPROVAL, WAITLISTED, CONFIRMED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** Holds one of the session's seats. */
    public boolean holdsSeat() {
        return this == PENDING_APPROVAL || this == CONFIRMED;
    }
}
