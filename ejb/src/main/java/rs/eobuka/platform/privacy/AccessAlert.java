package rs.eobuka.platform.privacy;

import java.time.Instant;

/**
 * Fired when one account has viewed more people's data within a minute than
 * {@code eobuka.privacy.views-per-minute} allows: the account feature tells the admins.
 */
public record AccessAlert(String viewer, long views, Instant at) {
}
