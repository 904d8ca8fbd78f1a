package rs.eobuka.caravan;

/** The stored tap and whether this call stored it (false: the tap was already there, sent before). */
public record TapResult(CornerTap tap, boolean created) {
}
