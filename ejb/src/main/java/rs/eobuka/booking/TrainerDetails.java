package rs.eobuka.booking;

import java.util.Set;
import rs.eobuka.session.Topic;

/** What an organizer enters for a trainer: who they are, what they teach, where they travel. */
public record TrainerDetails(String fullName, String email, String phone, Set<Topic> topics, Set<String> regions,
                             Set<String> lsguCodes) {

    public TrainerDetails {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        lsguCodes = lsguCodes == null ? Set.of() : Set.copyOf(lsguCodes);
    }
}
