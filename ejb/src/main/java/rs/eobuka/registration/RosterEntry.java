package rs.eobuka.registration;

import rs.eobuka.reference.LocalSelfGovernmentUnit;

/**
 * One row of a session's roster: the registration with its account, the person's municipality
 * (null if none) and, for the waiting list, the place in it counting from 1 (else 0).
 */
public record RosterEntry(Registration registration, LocalSelfGovernmentUnit lsgu, long waitlistPosition) {

    public Long id() {
        return registration.getId();
    }
}
