package rs.eobuka.caravan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.Set;

/**
 * One part of a planned programme: its kind, times on the event's day, venue, trainers, and for a
 * workshop or a training the session it runs as (optional while the session is not set up yet).
 */
public record PartPlan(@NotNull(message = "{eobuka.caravan.part.kind.required}") CaravanPartKind kind,
                       @Size(max = 200) String title,
                       @NotNull(message = "{eobuka.caravan.part.start.required}") LocalTime start,
                       @NotNull(message = "{eobuka.caravan.part.end.required}") LocalTime end,
                       Long venueId,
                       Set<Long> trainerIds,
                       Long sessionId) {

    public PartPlan {
        trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
    }
}
