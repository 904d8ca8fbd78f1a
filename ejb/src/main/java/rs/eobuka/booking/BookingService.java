package rs.eobuka.booking;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rs.eobuka.platform.errors.RuleViolationException;

/**
 * Holds trainers and venues for sessions, workshops and caravan events, never two holders at
 * overlapping times. The rule is enforced inside the database transaction: the rows of every
 * trainer and the venue asked for are locked (trainers by id, then the venue, always in that
 * order, so two bookings cannot deadlock), and only then are overlaps looked for and the new
 * bookings inserted. A concurrent booking of any of the same resources waits for the lock and
 * then sees this one, so of two overlapping proposals exactly one wins.
 */
@Stateless
public class BookingService {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    /**
     * Books every trainer and the venue of the request for its holder, replacing what the holder
     * held before (a new proposal for the same workshop moves its bookings).
     *
     * @throws BookingConflictException naming the booking in the way, or the trainer's unavailability
     */
    public List<Booking> book(BookingRequest request, String user) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new RuleViolationException("end", "booking.endBeforeStart");
        }
        List<Trainer> trainers = lockTrainers(request);
        Venue venue = request.venueId() == null ? null : lockVenue(request.venueId());
        Instant now = Instant.now();
        release(request.holderKind(), request.holderId(), now);
        for (Trainer trainer : trainers) {
            Optional<TrainerUnavailability> away = unavailability(trainer, request.startsAt(), request.endsAt());
            if (away.isPresent()) {
                throw new BookingConflictException("trainerIds", null, "booking.trainerUnavailable", trainer.getFullName(),
                        WHEN.format(away.get().getStartsAt()), WHEN.format(away.get().getEndsAt()));
            }
            Optional<Booking> clash = overlapping("b.trainer = :resource", trainer, request);
            if (clash.isPresent()) {
                throw conflict("trainerIds", clash.get());
            }
        }
        if (venue != null) {
            Optional<Booking> clash = overlapping("b.venue = :resource", venue, request);
            if (clash.isPresent()) {
                throw conflict("venueId", clash.get());
            }
        }
        List<Booking> booked = new ArrayList<>();
        for (Trainer trainer : trainers) {
            booked.add(new Booking(trainer, null, request, user, now));
        }
        if (venue != null) {
            booked.add(new Booking(null, venue, request, user, now));
        }
        booked.forEach(em::persist);
        em.flush();
        return booked;
    }

    /** Frees everything the holder holds (a withdrawn workshop, a cancelled session). */
    public void release(HolderKind kind, long holderId) {
        release(kind, holderId, Instant.now());
    }

    /** What the holder holds now. */
    public List<Booking> heldBy(HolderKind kind, long holderId) {
        return em.createQuery("select b from Booking b left join fetch b.trainer left join fetch b.venue"
                        + " where b.holderKind = :kind and b.holderId = :holder and b.active = true order by b.id", Booking.class)
                .setParameter("kind", kind).setParameter("holder", holderId).getResultList();
    }

    private void release(HolderKind kind, long holderId, Instant now) {
        em.createQuery("select b from Booking b where b.holderKind = :kind and b.holderId = :holder and b.active = true",
                        Booking.class)
                .setParameter("kind", kind).setParameter("holder", holderId)
                .getResultList().forEach(b -> b.release(now));
        em.flush();
    }

    private List<Trainer> lockTrainers(BookingRequest request) {
        if (request.trainerIds().isEmpty()) {
            return List.of();
        }
        List<Trainer> trainers = em.createQuery("select t from Trainer t where t.id in :ids order by t.id", Trainer.class)
                .setParameter("ids", request.trainerIds())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (trainers.size() != request.trainerIds().size() || trainers.stream().anyMatch(t -> !t.isActive())) {
            throw new RuleViolationException("trainerIds", "booking.trainerNotFound");
        }
        return trainers;
    }

    private Venue lockVenue(long venueId) {
        Venue venue = em.find(Venue.class, venueId, LockModeType.PESSIMISTIC_WRITE);
        if (venue == null || !venue.isActive()) {
            throw new RuleViolationException("venueId", "booking.venueNotFound");
        }
        return venue;
    }

    private Optional<TrainerUnavailability> unavailability(Trainer trainer, LocalDateTime start, LocalDateTime end) {
        return em.createQuery("select u from TrainerUnavailability u where u.trainer = :trainer"
                        + " and u.startsAt < :end and u.endsAt > :start order by u.startsAt", TrainerUnavailability.class)
                .setParameter("trainer", trainer).setParameter("start", start).setParameter("end", end)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<Booking> overlapping(String resource, Object value, BookingRequest request) {
        return em.createQuery("select b from Booking b where " + resource + " and b.active = true"
                        + " and b.startsAt < :end and b.endsAt > :start order by b.startsAt", Booking.class)
                .setParameter("resource", value)
                .setParameter("start", request.startsAt()).setParameter("end", request.endsAt())
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static BookingConflictException conflict(String field, Booking clash) {
        return new BookingConflictException(field, clash.getId(), "booking.conflict", clash.getResourceName(),
                clash.getLabel(), WHEN.format(clash.getStartsAt()), WHEN.format(clash.getEndsAt()), String.valueOf(clash.getId()));
    }
}
