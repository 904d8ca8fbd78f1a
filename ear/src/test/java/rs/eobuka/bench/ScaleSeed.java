package rs.eobuka.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Fills the application's database for the read paths: seed accounts, sessions and registrations
 * written by JDBC in batches (as a data migration would), and for the registrations pending
 * approval the real {@code training-registration} process, started by a second engine on the
 * application's own tables, the way a second node of a cluster would (delegates mocked: the rows
 * already hold their seats). The result is consistent: every seeded approval task belongs to a
 * PENDING_APPROVAL registration whose process_instance_id points at it, so the application can
 * approve it; the sessions' seat counters match their registrations.
 *
 * <p>Ids come from the application's sequences: a block well above the current value is used and
 * the sequence is restarted past it, so Hibernate's pooled blocks never overlap the seeded rows.
 * The application must be idle while this runs (the benchmark seeds between its phases).
 */
final class ScaleSeed {

    record Result(List<Long> pendingSessions, List<Long> mixedSessions, int accounts, int registrations, int processes,
                  double seconds, long totalRegistrations, long openApprovalTasks) {
    }

    private final BenchSettings settings;
    private final String run;

    ScaleSeed(BenchSettings settings, String run) {
        this.settings = settings;
        this.run = run;
    }

    static Connection connect(BenchSettings settings) throws SQLException {
        try {
            Class.forName(settings.postgres() ? "org.postgresql.Driver" : "org.h2.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    Result run(long templateSession, String templateUser) throws Exception {
        long began = System.nanoTime();
        int perSession = settings.seedPerSession();
        int sessions = (settings.seedRegistrations() + perSession - 1) / perSession;
        int pendingSessions = Math.min(sessions, (settings.seedTasks() + perSession - 1) / perSession);
        List<Long> pending = new ArrayList<>();
        List<Long> mixed = new ArrayList<>();
        List<long[]> toStart = new ArrayList<>();
        try (Connection c = connect(settings)) {
            c.setAutoCommit(false);
            long[] accounts = seedAccounts(c, templateUser, perSession);
            long firstSession = reserveIds(c, settings.postgres(), "training_session_seq", sessions);
            long nextRegistration = reserveIds(c, settings.postgres(), "registration_seq", sessions * perSession);
            c.commit();
            for (int i = 0; i < sessions; i++) {
                long session = firstSession + i;
                boolean pendingOnly = i < pendingSessions;
                seedSession(c, templateSession, session, i, pendingOnly, perSession);
                seedRegistrations(c, session, accounts, nextRegistration, pendingOnly, toStart);
                nextRegistration += perSession;
                c.commit();
                (pendingOnly ? pending : mixed).add(session);
            }
            int processes = startProcesses(c, templateSession, toStart);
            if (settings.postgres()) {
                // statistics as autovacuum would have them by the time a real database had grown
                // this far; without them the planner takes the freshly filled tables for empty
                c.setAutoCommit(true);
                try (java.sql.Statement analyze = c.createStatement()) {
                    analyze.execute("analyze");
                }
            }
            long total = count(c, "select count(*) from registration");
            long open = count(c, "select count(*) from act_ru_task where task_def_key_ = '" + BareEngine.TASK_APPROVE + "'");
            return new Result(pending, mixed, accounts.length, sessions * perSession, processes,
                    (System.nanoTime() - began) / 1e9, total, open);
        }
    }

    /** Accounts that cannot sign in (no password), copied from a participant the benchmark created. */
    private long[] seedAccounts(Connection c, String templateUser, int count) throws SQLException {
        long template = count(c, "select id from account where username = '" + templateUser + "'");
        long first = reserveIds(c, settings.postgres(), "account_seq", count);
        long[] ids = new long[count];
        try (PreparedStatement insert = c.prepareStatement("insert into account (id, username, password_hash, full_name, email,"
                + " lsgu_code, organisation_type, language, status, failed_logins, created_at, version)"
                + " select ?, ?, null, ?, ?, lsgu_code, organisation_type, language, status, 0, created_at, 0 from account where id = ?")) {
            for (int j = 0; j < count; j++) {
                ids[j] = first + j;
                String username = "bench-" + run + "-s" + j;
                insert.setLong(1, ids[j]);
                insert.setString(2, username);
                insert.setString(3, "Bench Seed " + j);
                insert.setString(4, username + "@example.org");
                insert.setLong(5, template);
                insert.addBatch();
                if (j % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement role = c.prepareStatement("insert into account_role (account_id, role) values (?, 'PARTICIPANT')")) {
            for (long id : ids) {
                role.setLong(1, id);
                role.addBatch();
            }
            role.executeBatch();
        }
        c.commit();
        return ids;
    }

    /**
     * A published copy of a benchmark session. Pending-only sessions are full of registrations
     * waiting for approval; the others have 80% confirmed (which fill the capacity), 10% on the
     * waiting list and 10% cancelled.
     */
    private void seedSession(Connection c, long template, long id, int index, boolean pendingOnly, int perSession) throws SQLException {
        int seated = pendingOnly ? perSession : perSession - 2 * (perSession / 10);
        int waiting = pendingOnly ? 0 : perSession / 10;
        try (PreparedStatement insert = c.prepareStatement("insert into training_session (id, training_id, lsgu_code, venue, address,"
                + " starts_at, ends_at, registration_deadline, capacity, lsgu_quota, trainers, status, seats_taken, waitlisted,"
                + " waitlist_tickets, proposed_by, reviewed_by, created_at, published_at, version)"
                + " select ?, training_id, lsgu_code, ?, address, starts_at, ends_at, registration_deadline, ?, null, trainers, status,"
                + " ?, ?, ?, proposed_by, reviewed_by, created_at, published_at, 0 from training_session where id = ?");
             PreparedStatement audience = c.prepareStatement("insert into session_audience (session_id, audience_type)"
                     + " select ?, audience_type from session_audience where session_id = ?")) {
            insert.setLong(1, id);
            insert.setString(2, "Bench roster " + run + "-" + index);
            insert.setInt(3, seated);
            insert.setInt(4, seated);
            insert.setInt(5, waiting);
            insert.setLong(6, waiting);
            insert.setLong(7, template);
            insert.executeUpdate();
            audience.setLong(1, id);
            audience.setLong(2, template);
            audience.executeUpdate();
        }
    }

    private void seedRegistrations(Connection c, long session, long[] accounts, long firstId, boolean pendingOnly,
                                   List<long[]> toStart) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement insert = c.prepareStatement("insert into registration (id, session_id, account_id, active_account_id,"
                + " lsgu_code, status, waitlist_ticket, consent_at, created_at, decided_by, decided_at, confirmed_at, cancelled_by,"
                + " cancelled_at, cancel_cause, escalated, version) values (?, ?, ?, ?, '70645', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0)")) {
            long ticket = 0;
            for (int j = 0; j < accounts.length; j++) {
                long id = firstId + j;
                String status = pendingOnly ? "PENDING_APPROVAL" : j % 10 == 0 ? "CANCELLED" : j % 10 == 1 ? "WAITLISTED" : "CONFIRMED";
                Timestamp created = Timestamp.from(now.minusSeconds(60L * (accounts.length - j)));
                Timestamp later = Timestamp.from(now.minusSeconds(30L * (accounts.length - j)));
                boolean cancelled = status.equals("CANCELLED");
                boolean confirmed = status.equals("CONFIRMED");
                insert.setLong(1, id);
                insert.setLong(2, session);
                insert.setLong(3, accounts[j]);
                setLong(insert, 4, cancelled ? null : accounts[j]);
                insert.setString(5, status);
                setLong(insert, 6, status.equals("WAITLISTED") ? ++ticket : null);
                insert.setTimestamp(7, created);
                insert.setTimestamp(8, created);
                insert.setString(9, confirmed ? settings.proposer() : null);
                insert.setTimestamp(10, confirmed ? later : null);
                insert.setTimestamp(11, confirmed ? later : null);
                insert.setString(12, cancelled ? "bench-" + run + "-s" + j : null);
                insert.setTimestamp(13, cancelled ? later : null);
                insert.setString(14, cancelled ? "PARTICIPANT" : null);
                insert.addBatch();
                if (pendingOnly) {
                    toStart.add(new long[] {id, session});
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * The real process for every pending registration, by a second engine on the application's
     * tables (no schema change, no deployment: it runs the application's deployed definition).
     */
    private int startProcesses(Connection c, long templateSession, List<long[]> registrations) throws Exception {
        if (registrations.isEmpty()) {
            return 0;
        }
        LocalDateTime[] dates = sessionDates(c, templateSession);
        String[] instances = new String[registrations.size()];
        ProcessEngine node = BareEngine.build("bench-seed-node", settings.dbUrl(), settings.dbUser(), settings.dbPassword(),
                "false", settings.clients() + 2);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int t = 0; t < settings.clients(); t++) {
                Thread thread = new Thread(() -> {
                    BareEngine.registerDelegates(execution -> execution.setVariable("seatReserved", true));
                    for (int k = next.getAndIncrement(); k < instances.length && failures.isEmpty(); k = next.getAndIncrement()) {
                        long id = registrations.get(k)[0];
                        try {
                            instances[k] = node.getRuntimeService().createProcessInstanceByKey(BareEngine.PROCESS_KEY)
                                    .businessKey(Long.toString(id))
                                    .setVariables(BareEngine.startVariables(id, dates[0], dates[1], 0))
                                    .execute().getId();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }, "bench-seed-" + t);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
        } finally {
            node.close();
        }
        try (PreparedStatement attach = c.prepareStatement("update registration set process_instance_id = ? where id = ?")) {
            for (int k = 0; k < instances.length; k++) {
                attach.setString(1, instances[k]);
                attach.setLong(2, registrations.get(k)[0]);
                attach.addBatch();
                if (k % 1000 == 999) {
                    attach.executeBatch();
                    c.commit();
                }
            }
            attach.executeBatch();
            c.commit();
        }
        return instances.length;
    }

    private static LocalDateTime[] sessionDates(Connection c, long session) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select starts_at, registration_deadline from training_session where id = " + session)) {
            rs.next();
            return new LocalDateTime[] {rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime()};
        }
    }

    /** The first of {@code count} ids nobody else will get: above the sequence's current value, which then moves past them. */
    /** A block of ids well above what the sequence handed out, the sequence restarted past it. */
    static long reserveIds(Connection c, boolean postgres, String sequence, int count) throws SQLException {
        long current = count(c, postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence);
        long first = current + 1_000;
        try (Statement s = c.createStatement()) {
            s.execute("alter sequence " + sequence + " restart with " + (first + count + 1_000));
        }
        return first;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
