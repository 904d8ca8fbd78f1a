package rs.eobuka.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void shouldRecogniseTheDatabaseOutOfReachDeepInTheCauseChain() {
        // PostgreSQL's "terminating connection due to administrator command" (class 08), wrapped by the engine and the EJB container
        RuntimeException restarting = new EJBException(new IllegalStateException("ENGINE-03004",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        // the pool found no connection in time
        RuntimeException exhausted = new RuntimeException(new SQLTransientConnectionException("IJ000453: Unable to get managed connection"));
        RuntimeException refused = new RuntimeException(new ConnectException("Connection refused"));
        RuntimeException h2Closed = new RuntimeException(new SQLException("Database is already closed", "90098"));
        RuntimeException terminated = new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"));

        // a slow database: a row lock not granted within the lock timeout, a statement cancelled at its timeout
        RuntimeException h2LockTimeout = new EJBException(new SQLException("Timeout trying to lock table \"TRAINING_SESSION\"", "HYT00"));
        RuntimeException pgLockTimeout = new EJBException(new SQLException("canceling statement due to lock timeout", "55P03"));
        RuntimeException statementTimeout = new EJBException(new SQLException("canceling statement due to user request", "57014"));

        assertThat(DatabaseUnavailable.isCauseOf(restarting)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(h2LockTimeout)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(pgLockTimeout)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(statementTimeout)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(exhausted)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(refused)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(h2Closed)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(terminated)).isTrue();

        // a commit that failed: the transaction manager keeps the resource's failure as a suppressed exception
        IllegalStateException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("SQLException", new SQLException("An I/O error occurred", "08006")));
        assertThat(DatabaseUnavailable.isCauseOf(new EJBException(rollback))).isTrue();
    }

    @Test
    void shouldLeaveEveryOtherFailureAServerError() {
        // a unique key broken (class 23) and a plain bug
        RuntimeException duplicate = new EJBException(new SQLException("duplicate key value violates unique constraint", "23505"));
        RuntimeException bug = new IllegalStateException("no such state", new NullPointerException());

        assertThat(DatabaseUnavailable.isCauseOf(duplicate)).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(bug)).isFalse();
    }
}
