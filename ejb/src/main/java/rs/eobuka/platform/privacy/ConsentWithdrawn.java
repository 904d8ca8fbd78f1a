package rs.eobuka.platform.privacy;

/**
 * Fired in the withdrawal's transaction: the feature the consent was given to stops what rests
 * on it (a registration for a training still to come is cancelled, say). An observer's refusal
 * rolls the withdrawal back with its message.
 */
public record ConsentWithdrawn(ConsentRecord consent, String username) {
}
