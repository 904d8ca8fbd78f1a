package rs.eobuka.caravan;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import rs.eobuka.booking.BookingRequest;
import rs.eobuka.booking.BookingService;
import rs.eobuka.booking.HolderKind;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.Venue;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.session.TrainingSession;

/**
 * Plans caravan events and their programmes and lists them. Every part holds its trainers and
 * venue through {@link BookingService} (holder kind CARAVAN, holder id = the part's id), so a
 * part never overlaps a session, a workshop or another part with the same trainer or venue.
 */
// @LocalBean: implementing CaravanStops would otherwise hide the bean's own methods from injection
@Stateless
@LocalBean
public class CaravanService implements CaravanStops {

    @PersistenceContext
    EntityManager em;

    @Inject
    BookingService bookings;

    public CaravanEvent plan(@NotNull @Valid EventPlan plan, String organizer) {
        if (plan.day().isBefore(today())) {
            throw new RuleViolationException("day", "caravan.day.past");
        }
        return create(plan, organizer);
    }

    /** Enters an event on any day, past ones too: events held before the application knew of them (demo data). */
    public CaravanEvent create(EventPlan plan, String organizer) {
        CaravanEvent event = new CaravanEvent(organizer, Instant.now());
        event.describe(lsgu(plan.lsguCode()), plan.day(), plan.title(), plan.description());
        em.persist(event);
        schedule(event, plan, organizer);
        return event;
    }

    /** Replaces what the event is and its whole programme; bookings move with the new parts. */
    public CaravanEvent update(long eventId, long version, @NotNull @Valid EventPlan plan, String organizer) {
        CaravanEvent event = get(eventId);
        if (event.getVersion() != version) {
            throw new rs.eobuka.platform.errors.ConflictException(null, "caravan.event.changed");
        }
        if (plan.day().isBefore(today()) && !plan.day().equals(event.getDay())) {
            throw new RuleViolationException("day", "caravan.day.past");
        }
        event.describe(lsgu(plan.lsguCode()), plan.day(), plan.title(), plan.description());
        releaseParts(event);
        event.clearParts();
        em.flush();
        schedule(event, plan, organizer);
        return event;
    }

    public CaravanEvent cancel(long eventId, String reason) {
        CaravanEvent event = get(eventId);
        event.cancel(reason);
        releaseParts(event);
        return event;
    }

    public CaravanEvent get(long eventId) {
        List<CaravanEvent> found = em.createQuery("select distinct e from CaravanEvent e left join fetch e.parts where e.id = :id", CaravanEvent.class)
                .setParameter("id", eventId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("caravan.event.notFound", String.valueOf(eventId));
        }
        loadTrainers(found);
        return found.get(0);
    }

    /**
     * Public listing: upcoming stops (today on, soonest first) or past ones (latest first),
     * cancelled ones left out; a page of events, their parts read in one more query.
     */
    public List<CaravanEvent> findPublic(boolean upcoming, int first, int max) {
        List<Long> ids = em.createQuery("select e.id from CaravanEvent e where e.status <> :cancelled and "
                        + (upcoming ? "e.day >= :today order by e.day, e.id" : "e.day < :today order by e.day desc, e.id desc"), Long.class)
                .setParameter("cancelled", CaravanEventStatus.CANCELLED).setParameter("today", today())
                .setFirstResult(first).setMaxResults(max).getResultList();
        return withParts(ids);
    }

    public long countPublic(boolean upcoming) {
        return em.createQuery("select count(e) from CaravanEvent e where e.status <> :cancelled and e.day "
                        + (upcoming ? ">=" : "<") + " :today", Long.class)
                .setParameter("cancelled", CaravanEventStatus.CANCELLED).setParameter("today", today())
                .getSingleResult();
    }

    /** Organizers' list: every event, cancelled ones too, latest day first. */
    public List<CaravanEvent> findAll(int first, int max) {
        List<Long> ids = em.createQuery("select e.id from CaravanEvent e order by e.day desc, e.id desc", Long.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        return withParts(ids);
    }

    public long countAll() {
        return em.createQuery("select count(e) from CaravanEvent e", Long.class).getSingleResult();
    }

    /** Today's events that the user staffs: all of them for an organizer, else those whose parts the user trains. */
    public List<CaravanEvent> todayFor(String username, boolean organizer) {
        String staff = organizer ? "" : " and exists (select p from CaravanPart p join p.trainers t, Account a"
                + " where p.event = e and a.username = :user and lower(a.email) = t.email)";
        var query = em.createQuery("select e.id from CaravanEvent e where e.day = :today and e.status <> :cancelled" + staff
                + " order by e.id", Long.class)
                .setParameter("today", today()).setParameter("cancelled", CaravanEventStatus.CANCELLED);
        if (!organizer) {
            query.setParameter("user", username);
        }
        return withParts(query.setMaxResults(10).getResultList());
    }

    /** The trainers an organizer can put on a part: every active one, by name. */
    public List<Trainer> activeTrainers() {
        return em.createQuery("select t from Trainer t where t.active = true order by t.fullName, t.id", Trainer.class).getResultList();
    }

    @Override
    public List<CaravanStop> plannedIn(String lsguCode) {
        return em.createQuery("select e from CaravanEvent e where e.lsgu.code = :lsgu and e.status = :planned"
                        + " and e.day >= :today order by e.day, e.id", CaravanEvent.class)
                .setParameter("lsgu", lsguCode).setParameter("planned", CaravanEventStatus.PLANNED).setParameter("today", today())
                .getResultList().stream().map(CaravanEvent::stop).toList();
    }

    @Override
    public Optional<CaravanStop> planned(long eventId) {
        CaravanEvent event = em.find(CaravanEvent.class, eventId);
        return event == null || event.getStatus() != CaravanEventStatus.PLANNED || event.getDay().isBefore(today())
                ? Optional.empty() : Optional.of(event.stop());
    }

    @Override
    public long citizensHelped(long eventId) {
        return em.createQuery("select count(t) from CornerTap t where t.eventId = :event and t.undoneAt is null", Long.class)
                .setParameter("event", eventId).getSingleResult();
    }

    static LocalDate today() {
        return SerbianTime.now().toLocalDate();
    }

    private List<CaravanEvent> withParts(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CaravanEvent> events = em.createQuery("select distinct e from CaravanEvent e left join fetch e.parts where e.id in :ids", CaravanEvent.class)
                .setParameter("ids", ids).getResultList();
        loadTrainers(events);
        return ids.stream().map(id -> events.stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow()).toList();
    }

    /** Reads the parts' trainers and venues while the transaction is open: pages show them after it ended. */
    private static void loadTrainers(List<CaravanEvent> events) {
        events.forEach(e -> e.getParts().forEach(p -> {
            p.getTrainers().size();
            org.hibernate.Hibernate.initialize(p.getVenue());
        }));
    }

    private void schedule(CaravanEvent event, EventPlan plan, String organizer) {
        for (int i = 0; i < plan.parts().size(); i++) {
            PartPlan partPlan = plan.parts().get(i);
            String field = "parts[" + i + "].";
            if (!partPlan.end().isAfter(partPlan.start())) {
                throw new RuleViolationException(field + "end", "caravan.part.endBeforeStart");
            }
            Venue venue = partPlan.venueId() == null ? null : em.find(Venue.class, partPlan.venueId());
            if (partPlan.venueId() != null && venue == null) {
                throw new RuleViolationException(field + "venueId", "booking.venueNotFound");
            }
            List<Trainer> trainers = partPlan.trainerIds().isEmpty() ? List.of()
                    : em.createQuery("select t from Trainer t where t.id in :ids", Trainer.class)
                    .setParameter("ids", partPlan.trainerIds()).getResultList();
            if (trainers.size() != partPlan.trainerIds().size()) {
                throw new RuleViolationException(field + "trainerIds", "booking.trainerNotFound");
            }
            Long sessionId = partPlan.kind().isSession() ? partPlan.sessionId() : null;
            if (sessionId != null && em.find(TrainingSession.class, sessionId) == null) {
                throw new RuleViolationException(field + "sessionId", "caravan.part.sessionNotFound", String.valueOf(sessionId));
            }
            CaravanPart part = event.addPart(partPlan.kind(), partPlan.title());
            part.schedule(event.getDay().atTime(partPlan.start()), event.getDay().atTime(partPlan.end()), venue, trainers, sessionId);
            em.persist(part);
            book(event, part, organizer);
        }
        em.flush();
    }

    /**
     * A part that runs as a session which holds its own bookings books nothing more: the session's
     * bookings already keep its trainers and venue, and booking them again would clash with itself.
     */
    private void book(CaravanEvent event, CaravanPart part, String organizer) {
        if (part.getSessionId() != null && !bookings.heldBy(HolderKind.SESSION, part.getSessionId()).isEmpty()) {
            return;
        }
        if (part.getVenue() == null && part.getTrainers().isEmpty()) {
            return;
        }
        String label = event.getTitle() + ", " + event.getLsgu().getNameLatn();
        bookings.book(new BookingRequest(HolderKind.CARAVAN, part.getId(), label, part.getStartsAt(), part.getEndsAt(),
                        part.getTrainers().stream().map(Trainer::getId).collect(java.util.stream.Collectors.toSet()),
                        part.getVenue() == null ? null : part.getVenue().getId(), event.getLsgu().getCode(), null),
                organizer);
    }

    private void releaseParts(CaravanEvent event) {
        event.getParts().forEach(p -> bookings.release(HolderKind.CARAVAN, p.getId()));
    }

    private LocalSelfGovernmentUnit lsgu(String code) {
        LocalSelfGovernmentUnit lsgu = em.find(LocalSelfGovernmentUnit.class, code.strip());
        if (lsgu == null) {
            throw new RuleViolationException("lsguCode", "caravan.lsgu.unknown", code);
        }
        return lsgu;
    }
}
