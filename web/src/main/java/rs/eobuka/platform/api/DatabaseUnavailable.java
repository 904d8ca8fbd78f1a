package rs.eobuka.platform.api;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure is the database being out of reach (restarting, or no connection left in the
 * pool in time) or too slow to answer in time (a lock or a statement that waited past its timeout)
 * rather than a fault of the call: such a call is answered 503 with a {@code Retry-After}, so
 * clients try again instead of reporting an error. Only the cause chain's types and SQL states are
 * read: the web module knows neither Hibernate nor the pool.
 */
public final class DatabaseUnavailable {

    /** Seconds a client waits before trying again: about the time a database restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** SQL state class 08: connection exception (SQL:2016, used by PostgreSQL). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL's operator intervention: shut down, crashed, cannot connect now (starting up). */
    private static final String SERVER_GOING_AWAY = "57P0";
    /**
     * Waited too long: H2's "connection is broken" and "database is closed"; a lock not granted in
     * time (PostgreSQL 55P03 lock_not_available, H2 HYT00); a statement cancelled at its timeout
     * (57014, both).
     */
    private static final Set<String> TOO_LONG_OR_GONE_STATES = Set.of("90067", "90098", "55P03", "HYT00", "57014");
    /** Hibernate's and the connection pool's types, by name. */
    private static final Set<String> UNAVAILABLE_TYPES = Set.of(
            "org.hibernate.exception.JDBCConnectionException", "jakarta.resource.ResourceException");

    /** Causes and suppressed exceptions looked at, at the most: a chain is never longer in practice, and may be a cycle. */
    private static final int MAX_DEPTH = 64;

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        return isCauseOf(failure, 0);
    }

    /** Follows the causes and the suppressed exceptions (a failed commit keeps the resources' failures there). */
    private static boolean isCauseOf(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH; cause = cause.getCause() == cause ? null : cause.getCause()) {
            depth++;
            if (names(cause)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isCauseOf(suppressed, depth)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS) || sql.getSQLState().startsWith(SERVER_GOING_AWAY)
                || TOO_LONG_OR_GONE_STATES.contains(sql.getSQLState()))) {
            return true;
        }
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (UNAVAILABLE_TYPES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
