package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.booking.Booking;
import rs.eobuka.booking.BookingConflictException;
import rs.eobuka.booking.BookingRequest;
import rs.eobuka.booking.BookingService;
import rs.eobuka.booking.HolderKind;
import rs.eobuka.booking.TrainerDetails;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.VenueDetails;
import rs.eobuka.booking.VenueService;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.SessionPlan;
import rs.eobuka.session.TrainingService;
import rs.eobuka.session.TrainingSession;
import rs.eobuka.session.Topic;
import rs.eobuka.session.process.SessionApprovalVariables;

/**
 * Training sessions share the booking calendar with workshops: a session's trainer and venue are
 * held from its proposal on, a revision moves them, and a cancellation frees them.
 */
@ExtendWith(ArquillianExtension.class)
class SessionBookingIT {

    @Inject
    SessionApprovalService sessions;

    @Inject
    TrainingService trainings;

    @Inject
    BookingService bookings;

    @Inject
    TrainerService trainers;

    @Inject
    VenueService venues;

    @Inject
    TaskService tasks;

    @Test
    void shouldRefuseWorkshopForTrainerOfOverlappingSessionAndAllowItOnceSessionIsCancelled() {
        // Given a published session in Kragujevac taught by a trainer from the calendar, in a venue from the calendar
        long trainer = newTrainer();
        long venue = newVenue();
        LocalDateTime start = SerbianTime.now().toLocalDate().plusDays(20).atTime(10, 0);
        TrainingSession session = sessions.propose(plan(start, Set.of(trainer), venue), ServiceFixtures.PROPOSER);
        List<Booking> held = bookings.heldBy(HolderKind.SESSION, session.getId());
        assertThat(held).hasSize(2);
        long trainerBooking = held.stream().filter(Booking::isTrainerBooking).findFirst().orElseThrow().getId();
        approve(session);

        // When a workshop wants that trainer two hours into the session
        BookingRequest workshop = new BookingRequest(HolderKind.WORKSHOP, randomHolder(), "eBolovanje, Kragujevac",
                start.plusHours(2), start.plusHours(5), Set.of(trainer), null, "70645", Topic.E_SICK_LEAVE);

        // Then it is refused, naming the session's booking of the trainer
        assertThatThrownBy(() -> bookings.book(workshop, "organizer"))
                .isInstanceOfSatisfying(BookingConflictException.class, e -> assertThat(e.bookingId()).isEqualTo(trainerBooking));

        // When the session is cancelled
        sessions.cancel(session.getId(), ServiceFixtures.PROPOSER, "Sala nije dostupna");

        // Then the session holds nothing and the workshop gets the trainer
        assertThat(bookings.heldBy(HolderKind.SESSION, session.getId())).isEmpty();
        assertThat(bookings.book(workshop, "organizer")).hasSize(1);
    }

    @Test
    void shouldRefuseWholeProposalWhenItsVenueIsTaken() {
        // Given a workshop that holds a venue on a day
        long venue = newVenue();
        long trainer = newTrainer();
        LocalDateTime start = SerbianTime.now().toLocalDate().plusDays(21).atTime(9, 0);
        long workshopBooking = bookings.book(new BookingRequest(HolderKind.WORKSHOP, randomHolder(), "ePlaćanje, Kragujevac",
                start, start.plusHours(3), Set.of(), venue, "70645", Topic.E_PAY), "organizer").get(0).getId();

        // When a session is proposed in that venue at an overlapping time
        SessionPlan plan = plan(start.plusHours(1), Set.of(trainer), venue);

        // Then the proposal is refused naming the workshop's booking, and the trainer stays free
        assertThatThrownBy(() -> sessions.propose(plan, ServiceFixtures.PROPOSER))
                .isInstanceOfSatisfying(BookingConflictException.class, e -> {
                    assertThat(e.bookingId()).isEqualTo(workshopBooking);
                    assertThat(e.field()).isEqualTo("venueId");
                });
        assertThat(bookings.book(new BookingRequest(HolderKind.WORKSHOP, randomHolder(), "URNTR, Kragujevac",
                start.plusHours(1), start.plusHours(2), Set.of(trainer), null, "70645", Topic.URNTR), "organizer")).hasSize(1);
    }

    @Test
    void shouldMoveSessionBookingsWhenReturnedSessionIsRevised() {
        // Given a proposed session with a trainer, returned by the reviewer
        long trainer = newTrainer();
        LocalDateTime start = SerbianTime.now().toLocalDate().plusDays(22).atTime(10, 0);
        TrainingSession session = sessions.propose(plan(start, Set.of(trainer), null), ServiceFixtures.PROPOSER);
        sessions.review(task(session, SessionApprovalVariables.TASK_REVIEW).getId(), ServiceFixtures.REVIEWER, false, "Drugi dan, molim.");

        // When the proposer moves it a day later
        LocalDateTime later = start.plusDays(1);
        sessions.revise(task(session, SessionApprovalVariables.TASK_REVISE).getId(), ServiceFixtures.PROPOSER, plan(later, Set.of(trainer), null));

        // Then the trainer is held on the new day only, and free on the old one
        assertThat(bookings.heldBy(HolderKind.SESSION, session.getId()))
                .singleElement().satisfies(b -> assertThat(b.getStartsAt()).isEqualTo(later));
        assertThat(bookings.book(new BookingRequest(HolderKind.WORKSHOP, randomHolder(), "ePlaćanje, Kragujevac",
                start, start.plusHours(2), Set.of(trainer), null, "70645", Topic.E_PAY), "organizer")).hasSize(1);
    }

    private SessionPlan plan(LocalDateTime start, Set<Long> trainerIds, Long venueId) {
        long training = trainings.find(null, 0, 1).get(0).getId();
        return new SessionPlan(training, "70645", "Sala " + UUID.randomUUID(), "Trg slobode 3", start, start.plusHours(4),
                start.minusDays(1), 20, null, null, EnumSet.of(OrganisationType.LSGU), trainerIds, venueId);
    }

    private void approve(TrainingSession session) {
        sessions.review(task(session, SessionApprovalVariables.TASK_REVIEW).getId(), ServiceFixtures.REVIEWER, true, null);
    }

    private Task task(TrainingSession session, String key) {
        return tasks.createTaskQuery().processInstanceId(session.getProcessInstanceId()).taskDefinitionKey(key).singleResult();
    }

    private long newTrainer() {
        return trainers.create(new TrainerDetails("Predavač Sesije", "session-" + UUID.randomUUID() + "@example.rs", null,
                Set.of(Topic.E_SICK_LEAVE), Set.of(), Set.of())).getId();
    }

    private long newVenue() {
        return venues.create(new VenueDetails("70645", "Sala " + UUID.randomUUID(), "Trg slobode 3", 40, true, 0, true)).getId();
    }

    private static long randomHolder() {
        return ThreadLocalRandom.current().nextLong(2_000_000_000L, 3_000_000_000L);
    }
}
