package rs.eobuka.workshop;

import java.time.LocalDateTime;
import java.util.Set;

/** An organizer's proposal: when, which trainers, which venue (null: the venue the requester offered). */
public record SlotProposal(LocalDateTime start, LocalDateTime end, Set<Long> trainerIds, Long venueId) {

    public SlotProposal {
        trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
    }
}
