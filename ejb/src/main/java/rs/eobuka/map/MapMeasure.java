package rs.eobuka.map;

/** What the map shows per LSGU. Labels are {@code mapMeasure.X} in the bundles. */
public enum MapMeasure {
    /** People marked attended at a session or workshop, counted at their own LSGU, each once. */
    OFFICIALS_TRAINED,
    /** Published sessions and workshops that have ended, at the LSGU where they were held. */
    SESSIONS_HELD,
    /** Caravan events held (report filed). */
    CARAVAN_STOPS,
    /** Citizens tallied at the Digital Corners of the LSGU's caravan events. */
    CITIZENS_HELPED,
    /** The mean of the satisfaction ratings (1–5) given about what was held in the LSGU. */
    SATISFACTION;

    /** A mean rather than a count: shown with decimals, and absent where nobody answered. */
    public boolean isMean() {
        return this == SATISFACTION;
    }
}
