package io.eventboard.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void thePoolGivingUpWaitingForAConnectionIsAnOutage() {
        var timeout = new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms");

        assertThat(DatabaseOutage.causedBy(new IllegalStateException("Failed to obtain JDBC Connection", timeout)))
                .isTrue();
    }

    @Test
    void aRefusedOrBrokenConnectionDeepInTheCausesIsAnOutage() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException());
        var broken = new SQLException("An I/O error occurred while sending to the backend", "08006");

        assertThat(DatabaseOutage.causedBy(new RuntimeException(new RuntimeException(refused)))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException("SQL failed", broken))).isTrue();
    }

    @Test
    void aSessionEndedByADatabaseShutdownIsAnOutage() {
        var terminated = new SQLException("terminating connection due to administrator command", "57P01");
        var starting = new SQLException("the database system is starting up", "57P03");

        assertThat(DatabaseOutage.causedBy(new RuntimeException(terminated))).isTrue();
        assertThat(DatabaseOutage.causedBy(starting)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndNonDatabaseErrorsAreNot() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(DatabaseOutage.causedBy(new RuntimeException(duplicate))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new UncheckedIOException(new ConnectException("webhook refused"))))
                .isFalse();
    }
}
