package rs.eobuka.workshop;

import rs.eobuka.session.Topic;

/** Which requests a list shows: one requester's (null for an organizer's view of all), by status, topic and LSGU. */
public record WorkshopFilter(String requester, WorkshopStatus status, Topic topic, String lsguCode) {
}
