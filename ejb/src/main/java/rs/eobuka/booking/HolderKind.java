package rs.eobuka.booking;

/** What holds a booked trainer or venue; the booking's holder id is that thing's id. */
public enum HolderKind {
    /** A training session ({@code training_session.id}). */
    SESSION,
    /** A requested workshop ({@code workshop_request.id}). */
    WORKSHOP,
    /** A part of a Digital Caravan event ({@code caravan_part.id}): each part holds its own trainers and venue. */
    CARAVAN
}
