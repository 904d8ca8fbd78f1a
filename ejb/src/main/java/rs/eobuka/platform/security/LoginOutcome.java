package rs.eobuka.platform.security;

import java.util.Set;

/** What checking a username and password found. */
public record LoginOutcome(Status status, Set<String> groups) {

    public enum Status { VALID, INVALID, LOCKED }

    static LoginOutcome valid(Set<String> groups) {
        return new LoginOutcome(Status.VALID, Set.copyOf(groups));
    }

    static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, Set.of());
    }

    static LoginOutcome locked() {
        return new LoginOutcome(Status.LOCKED, Set.of());
    }

    public boolean isValid() {
        return status == Status.VALID;
    }
}
