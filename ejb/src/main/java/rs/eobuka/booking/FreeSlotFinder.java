package rs.eobuka.booking;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Suggests when a set of trainers and a venue are all free: on working days (Monday to Friday)
 * inside the given windows, within the working hours, the earliest start of every free gap long
 * enough. Reads the resources' bookings and unavailability for the whole span in two queries,
 * then works in memory on that span only. A suggestion is not a hold: booking it may still meet
 * a conflict made in the meantime, which {@link BookingService} refuses.
 */
@Stateless
public class FreeSlotFinder {

    /** Workshops and sessions take place in office hours. */
    static final LocalTime DAY_START = LocalTime.of(9, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);

    @PersistenceContext
    EntityManager em;

    public List<FreeSlot> find(Set<Long> trainerIds, Long venueId, List<DateWindow> windows, Duration length, int max) {
        if (windows.isEmpty() || length.isZero() || length.isNegative() || max <= 0) {
            return List.of();
        }
        LocalDateTime from = windows.stream().map(DateWindow::from).min(Comparator.naturalOrder()).orElseThrow().atStartOfDay();
        LocalDateTime to = windows.stream().map(DateWindow::to).max(Comparator.naturalOrder()).orElseThrow().plusDays(1).atStartOfDay();
        List<Span> busy = busy(trainerIds, venueId, from, to);
        List<FreeSlot> slots = new ArrayList<>();
        for (LocalDate day : days(windows)) {
            if (slots.size() >= max) {
                break;
            }
            slots.addAll(gaps(day, busy, length, max - slots.size()));
        }
        return slots;
    }

    /** The working days of all windows, in order, each once. */
    static List<LocalDate> days(List<DateWindow> windows) {
        return windows.stream()
                .flatMap(w -> w.from().datesUntil(w.to().plusDays(1)))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .distinct().sorted().toList();
    }

    /** The earliest start of each gap of at least {@code length} in the day's working hours. */
    static List<FreeSlot> gaps(LocalDate day, List<Span> busy, Duration length, int max) {
        LocalDateTime open = day.atTime(DAY_START);
        LocalDateTime close = day.atTime(DAY_END);
        LocalDateTime cursor = open;
        List<FreeSlot> slots = new ArrayList<>();
        List<Span> sorted = busy.stream().filter(s -> s.end().isAfter(open) && s.start().isBefore(close))
                .sorted(Comparator.comparing(Span::start)).toList();
        for (Span span : sorted) {
            if (slots.size() >= max) {
                return slots;
            }
            if (!cursor.plus(length).isAfter(span.start())) {
                slots.add(new FreeSlot(cursor, cursor.plus(length)));
            }
            if (span.end().isAfter(cursor)) {
                cursor = span.end();
            }
        }
        if (slots.size() < max && !cursor.plus(length).isAfter(close)) {
            slots.add(new FreeSlot(cursor, cursor.plus(length)));
        }
        return slots;
    }

    private List<Span> busy(Set<Long> trainerIds, Long venueId, LocalDateTime from, LocalDateTime to) {
        List<Span> busy = new ArrayList<>();
        if (!trainerIds.isEmpty() || venueId != null) {
            busy.addAll(em.createQuery("select new rs.eobuka.booking.FreeSlotFinder$Span(b.startsAt, b.endsAt) from Booking b"
                            + " where b.active = true and b.startsAt < :to and b.endsAt > :from"
                            + " and (b.trainer.id in :trainers or b.venue.id = :venue)", Span.class)
                    .setParameter("from", from).setParameter("to", to)
                    .setParameter("trainers", trainerIds.isEmpty() ? Set.of(-1L) : trainerIds)
                    .setParameter("venue", venueId == null ? -1L : venueId)
                    .getResultList());
        }
        if (!trainerIds.isEmpty()) {
            busy.addAll(em.createQuery("select new rs.eobuka.booking.FreeSlotFinder$Span(u.startsAt, u.endsAt)"
                            + " from TrainerUnavailability u where u.trainer.id in :trainers and u.startsAt < :to and u.endsAt > :from", Span.class)
                    .setParameter("from", from).setParameter("to", to).setParameter("trainers", trainerIds)
                    .getResultList());
        }
        return busy;
    }

    /** A busy span of some trainer or the venue. */
    public record Span(LocalDateTime start, LocalDateTime end) {
    }
}
