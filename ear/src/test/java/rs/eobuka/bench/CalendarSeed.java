package rs.eobuka.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills the planning calendar for its read paths: trainers and venues (real LSGUs, round the
 * country) and bookings of them by JDBC in batches, spread over the working days of two years
 * from today, one resource never booked twice at once (each resource's bookings follow each other
 * at least three days apart), as the booking service would have left them. The holders are
 * made-up workshops: the calendar reads bookings, not their holders.
 */
final class CalendarSeed {

    record Result(int trainers, int venues, int bookings, double seconds, long totalBookings, List<Long> trainerIds,
                  LocalDate busiestWeek) {
    }

    private static final int DAYS = 730;

    private final BenchSettings settings;
    private final String run;

    CalendarSeed(BenchSettings settings, String run) {
        this.settings = settings;
        this.run = run;
    }

    Result run() throws SQLException {
        long began = System.nanoTime();
        Random random = new Random(7);
        try (Connection c = ScaleSeed.connect(settings)) {
            c.setAutoCommit(false);
            List<String> lsgus = lsguCodes(c);
            int trainers = settings.calendarTrainers();
            int venues = settings.calendarVenues();
            int bookings = settings.calendarBookings();
            long firstTrainer = ScaleSeed.reserveIds(c, settings.postgres(), "trainer_seq", trainers);
            long firstVenue = ScaleSeed.reserveIds(c, settings.postgres(), "venue_seq", venues);
            long firstBooking = ScaleSeed.reserveIds(c, settings.postgres(), "booking_seq", bookings);
            c.commit();
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            List<Long> trainerIds = new ArrayList<>();
            try (PreparedStatement trainer = c.prepareStatement("insert into trainer (id, full_name, email, phone, active, created_at, version)"
                    + " values (?, ?, ?, null, true, ?, 0)");
                 PreparedStatement topic = c.prepareStatement("insert into trainer_topic (trainer_id, topic) values (?, ?)")) {
                for (int i = 0; i < trainers; i++) {
                    long id = firstTrainer + i;
                    trainerIds.add(id);
                    trainer.setLong(1, id);
                    trainer.setString(2, "Bench Trainer " + run + " " + i);
                    trainer.setString(3, "bench-" + run + "-t" + i + "@example.org");
                    trainer.setTimestamp(4, now);
                    trainer.addBatch();
                    topic.setLong(1, id);
                    topic.setString(2, i % 3 == 0 ? "E_SICK_LEAVE" : i % 3 == 1 ? "E_PAY" : "URNTR");
                    topic.addBatch();
                }
                trainer.executeBatch();
                topic.executeBatch();
            }
            try (PreparedStatement venue = c.prepareStatement("insert into venue (id, lsgu_code, name, address, seats, projector, computers,"
                    + " wifi, active, created_at, version) values (?, ?, ?, 'Bench street 1', 40, true, 10, true, true, ?, 0)")) {
                for (int i = 0; i < venues; i++) {
                    venue.setLong(1, firstVenue + i);
                    venue.setString(2, lsgus.get(i % lsgus.size()));
                    venue.setString(3, "Bench Venue " + run + " " + i);
                    venue.setTimestamp(4, now);
                    venue.addBatch();
                }
                venue.executeBatch();
            }
            c.commit();
            // Each resource is booked on its own sequence of working days: with 700 resources and
            // 20,000 bookings that is some 28 per resource, about three weeks apart.
            int resources = trainers + venues;
            int[] dayOf = new int[resources];
            LocalDate today = LocalDate.now();
            int[] perWeek = new int[DAYS / 7 + 2];
            try (PreparedStatement booking = c.prepareStatement("insert into booking (id, trainer_id, venue_id, starts_at, ends_at, holder_kind,"
                    + " holder_id, label, lsgu_code, topic, active, created_by, created_at, released_at)"
                    + " values (?, ?, ?, ?, ?, 'WORKSHOP', ?, ?, ?, ?, true, 'bench', ?, null)")) {
                for (int b = 0; b < bookings; b++) {
                    int r = random.nextInt(resources);
                    for (int tried = 0; dayOf[r] + 38 >= DAYS; tried++) {
                        if (tried == resources) {
                            throw new IllegalStateException("more bookings than " + resources + " resources hold in two years");
                        }
                        r = (r + 1) % resources;
                    }
                    // at least three days on, so a weekend moved to its Monday never meets the next one
                    dayOf[r] += 3 + random.nextInt(36);
                    LocalDate day = workingDay(today.plusDays(dayOf[r]));
                    LocalDateTime start = day.atTime(9 + random.nextInt(5), 0);
                    boolean isTrainer = r < trainers;
                    booking.setLong(1, firstBooking + b);
                    if (isTrainer) {
                        booking.setLong(2, firstTrainer + r);
                        booking.setNull(3, java.sql.Types.BIGINT);
                    } else {
                        booking.setNull(2, java.sql.Types.BIGINT);
                        booking.setLong(3, firstVenue + r - trainers);
                    }
                    booking.setTimestamp(4, Timestamp.valueOf(start));
                    booking.setTimestamp(5, Timestamp.valueOf(start.plusHours(3)));
                    booking.setLong(6, 900_000_000L + b);
                    booking.setString(7, "Bench workshop " + b);
                    booking.setString(8, lsgus.get(b % lsgus.size()));
                    booking.setString(9, b % 3 == 0 ? "E_SICK_LEAVE" : b % 3 == 1 ? "E_PAY" : "URNTR");
                    booking.setTimestamp(10, now);
                    booking.addBatch();
                    perWeek[(int) (java.time.temporal.ChronoUnit.DAYS.between(today, day) / 7)]++;
                    if (b % 1000 == 999) {
                        booking.executeBatch();
                        c.commit();
                    }
                }
                booking.executeBatch();
                c.commit();
            }
            if (settings.postgres()) {
                c.setAutoCommit(true);
                try (Statement analyze = c.createStatement()) {
                    analyze.execute("analyze");
                }
            }
            int busiest = 0;
            for (int w = 1; w < perWeek.length; w++) {
                busiest = perWeek[w] > perWeek[busiest] ? w : busiest;
            }
            LocalDate busiestWeek = today.plusWeeks(busiest).with(DayOfWeek.MONDAY);
            return new Result(trainers, venues, bookings, (System.nanoTime() - began) / 1e9,
                    ScaleSeed.count(c, "select count(*) from booking"), trainerIds, busiestWeek);
        }
    }

    private static List<String> lsguCodes(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code from lsgu where in_scope = true order by code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static LocalDate workingDay(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }
}
