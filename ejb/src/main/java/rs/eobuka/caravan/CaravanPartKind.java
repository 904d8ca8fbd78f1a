package rs.eobuka.caravan;

/** What happens in one part of a caravan event's programme. */
public enum CaravanPartKind {
    /** A workshop (eSick Leave, ePay, URNTR), run as a training session. */
    WORKSHOP,
    /** A training session of the catalogue. */
    TRAINING,
    /** The promotional part: presentations for citizens and the press. */
    PROMOTION,
    /** Digital Corner hours: staff help citizens one by one and count them. */
    DIGITAL_CORNER;

    /** Whether the part is a session, whose attendance counts as the event's participants. */
    public boolean isSession() {
        return this == WORKSHOP || this == TRAINING;
    }
}
