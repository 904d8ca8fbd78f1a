package rs.eobuka.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;
import rs.eobuka.account.OrganisationType;

/**
 * What an organizer plans for a session: where, when, how many. Times are local to Serbia.
 * A null {@code lsguQuota} means no per-municipality limit; empty {@code audienceTypes} means
 * the training's own. The address may be left out when the venue says it all. Rules across fields (end after start, deadline before start) are checked
 * by {@code SessionApprovalService}. {@code trainerIds} and {@code venueId} name trainers and a
 * venue from the booking calendar, which the session then holds; the free-text {@code trainers}
 * and {@code venue} stay for people and places that are not in those lists.
 */
public record SessionPlan(@NotNull(message = "{eobuka.session.training.required}") Long trainingId,
                          @NotBlank(message = "{eobuka.session.lsgu.required}") String lsguCode,
                          @NotBlank(message = "{eobuka.session.venue.required}") @Size(max = 200) String venue,
                          @Size(max = 300) String address,
                          @NotNull(message = "{eobuka.session.start.required}") LocalDateTime startsAt,
                          @NotNull(message = "{eobuka.session.end.required}") LocalDateTime endsAt,
                          @NotNull(message = "{eobuka.session.deadline.required}") LocalDateTime registrationDeadline,
                          @Min(value = 1, message = "{eobuka.session.capacity.invalid}")
                          @Max(value = 1000, message = "{eobuka.session.capacity.invalid}") int capacity,
                          @Min(value = 1, message = "{eobuka.session.quota.invalid}") Integer lsguQuota,
                          @Size(max = 500) String trainers,
                          Set<OrganisationType> audienceTypes,
                          Set<Long> trainerIds,
                          Long venueId) {

    public SessionPlan {
        trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
    }

    /** A plan that books no trainer and no venue from the calendar. */
    public SessionPlan(Long trainingId, String lsguCode, String venue, String address, LocalDateTime startsAt,
                       LocalDateTime endsAt, LocalDateTime registrationDeadline, int capacity, Integer lsguQuota,
                       String trainers, Set<OrganisationType> audienceTypes) {
        this(trainingId, lsguCode, venue, address, startsAt, endsAt, registrationDeadline, capacity, lsguQuota, trainers,
                audienceTypes, Set.of(), null);
    }

    /** Whether the session holds trainers or a venue in the booking calendar. */
    public boolean booksResources() {
        return !trainerIds.isEmpty() || venueId != null;
    }
}
