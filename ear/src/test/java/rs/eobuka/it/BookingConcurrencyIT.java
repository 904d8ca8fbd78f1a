package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import rs.eobuka.session.Topic;

/**
 * The booking invariant under concurrency, inside the server: many organizers proposing
 * overlapping slots for one trainer and one venue at the same moment end with exactly one
 * booking, and the database then holds no two overlapping active bookings of any resource.
 */
@ExtendWith(ArquillianExtension.class)
class BookingConcurrencyIT {

    private static final int ATTEMPTS = 12;

    @Inject
    BookingService bookings;

    @Inject
    TrainerService trainers;

    @Inject
    VenueService venues;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource database;

    @Test
    void shouldBookExactlyOnceWhenTwelveOverlappingProposalsArriveAtOnce() throws Exception {
        // Given a trainer and a venue, and twelve workshops wanting both at overlapping times next month
        long trainer = trainers.create(new TrainerDetails("Paralelni Predavač", "parallel-" + UUID.randomUUID() + "@example.rs",
                null, Set.of(Topic.E_PAY), Set.of(), Set.of())).getId();
        long venue = venues.create(new VenueDetails("70645", "Sala " + UUID.randomUUID(), "Trg slobode 3", 30, true, 0, true)).getId();
        LocalDateTime start = SerbianTime.now().toLocalDate().plusDays(30).atTime(10, 0);
        long firstHolder = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);

        // When all twelve book at the same moment, each starting a quarter of an hour after the previous one
        ExecutorService threads = Executors.newFixedThreadPool(ATTEMPTS);
        List<Future<Object>> outcomes = new ArrayList<>();
        CountDownLatch gate = new CountDownLatch(1);
        try {
            for (int i = 0; i < ATTEMPTS; i++) {
                BookingRequest request = new BookingRequest(HolderKind.WORKSHOP, firstHolder + i, "Radionica " + i,
                        start.plusMinutes(15L * i), start.plusMinutes(15L * i).plusHours(4), Set.of(trainer), venue, "70645", Topic.E_PAY);
                outcomes.add(threads.submit(() -> {
                    gate.await();
                    try {
                        return bookings.book(request, "organizer");
                    } catch (BookingConflictException e) {
                        return e;
                    }
                }));
            }
            gate.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        } finally {
            threads.shutdownNow();
        }

        // Then exactly one workshop holds both, and every other one was refused naming a booking of the winner
        List<List<?>> booked = new ArrayList<>();
        List<BookingConflictException> refused = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            Object result = outcome.get();
            if (result instanceof BookingConflictException conflict) {
                refused.add(conflict);
            } else {
                booked.add((List<?>) result);
            }
        }
        assertThat(booked).hasSize(1);
        assertThat(refused).hasSize(ATTEMPTS - 1);
        List<Long> winnerIds = booked.get(0).stream().map(b -> ((Booking) b).getId()).toList();
        assertThat(winnerIds).hasSize(2);
        assertThat(refused).allSatisfy(e -> assertThat(e.bookingId()).isIn(winnerIds));
        assertThat(count("select count(*) from booking where active = true and (trainer_id = " + trainer + " or venue_id = " + venue + ")"))
                .isEqualTo(2);

        // and no two active bookings of one trainer or one venue overlap anywhere in the database
        assertThat(count("select count(*) from booking a join booking b on a.id < b.id"
                + " and ((a.trainer_id is not null and a.trainer_id = b.trainer_id) or (a.venue_id is not null and a.venue_id = b.venue_id))"
                + " where a.active = true and b.active = true and a.starts_at < b.ends_at and b.starts_at < a.ends_at")).isZero();
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
