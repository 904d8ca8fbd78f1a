package rs.eobuka.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh planner statistics on PostgreSQL ten seconds before a load phase's measured window, for
 * the app's database and the bare engine's alike. A load phase grows the engine's tables from
 * (nearly) nothing to tens of thousands of rows in two minutes; a production server's autovacuum
 * analyzes them as they grow, but the PostgreSQL of these machines runs with autovacuum off, and
 * on statistics that call the task table empty the planner picks plans fit for an empty table.
 */
final class PlannerStatistics {

    private static final long BEFORE_WINDOW_NANOS = 10_000_000_000L;

    private PlannerStatistics() {
    }

    /** Starts a thread that analyzes the database shortly before the window opens; none for H2. */
    static void analyzeBeforeWindow(LoadWindow window, String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        Thread thread = new Thread(() -> {
            long wait = window.start - BEFORE_WINDOW_NANOS - System.nanoTime();
            try {
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000L);
                }
                try (Connection c = DriverManager.getConnection(url, user, password); Statement analyze = c.createStatement()) {
                    analyze.execute("analyze");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                System.err.println("[bench] analyze before the measured window failed: " + e.getMessage());
            }
        }, "bench-analyze");
        thread.setDaemon(true);
        thread.start();
    }
}
