package rs.eobuka.caravan;

/** A helped citizen's age, asked only if they agree; stored as the band's name. */
public enum AgeBand {
    UNDER_30,
    FROM_30_TO_49,
    FROM_50_TO_64,
    FROM_65
}
