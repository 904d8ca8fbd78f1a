package rs.eobuka.registration;

import java.time.Instant;

/**
 * One step a registration's process passed or waits at, read from the engine's history. The
 * step's name is {@code step.<activityId>} in the bundles; a step without an end is the one the
 * process waits at now.
 */
public record ProcessStep(String activityId, Instant start, Instant end) {

    public boolean isCurrent() {
        return end == null;
    }
}
