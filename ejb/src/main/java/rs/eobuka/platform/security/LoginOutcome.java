package rs.eobuka.platform.security;

import java.time.Duration;
import java.util.Set;

/**
 * What checking a username and password found; {@code retryAfter} is how long an address that
 * failed too often must wait ({@link Status#THROTTLED}), zero otherwise. {@link Status#CODE_REQUIRED}:
 * the password is right and the account signs in with a code from its authenticator app too;
 * until that code is checked ({@link CredentialService#checkCode}) nobody is signed in.
 */
public record LoginOutcome(Status status, Set<String> groups, Duration retryAfter) {

    public enum Status { VALID, CODE_REQUIRED, INVALID, LOCKED, THROTTLED }

    static LoginOutcome valid(Set<String> groups) {
        return new LoginOutcome(Status.VALID, Set.copyOf(groups), Duration.ZERO);
    }

    static LoginOutcome codeRequired(Set<String> groups) {
        return new LoginOutcome(Status.CODE_REQUIRED, Set.copyOf(groups), Duration.ZERO);
    }

    static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, Set.of(), Duration.ZERO);
    }

    static LoginOutcome locked() {
        return new LoginOutcome(Status.LOCKED, Set.of(), Duration.ZERO);
    }

    static LoginOutcome throttled(Duration retryAfter) {
        return new LoginOutcome(Status.THROTTLED, Set.of(), retryAfter);
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
