package rs.eobuka.competition;

/** An entry's way: sent and awaiting its e-mailed confirmation, confirmed and awaiting moderation, then published or rejected. */
public enum EntryStatus {
    AWAITING_CONFIRMATION,
    AWAITING_MODERATION,
    PUBLISHED,
    REJECTED
}
