package io.eventboard.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void thePoolGivingUpWaitingForAConnectionIsAnOutage() {
        var timeout = new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms");

        assertThat(DatabaseFailures.isOutage(new IllegalStateException("Failed to obtain JDBC Connection", timeout)))
                .isTrue();
    }

    @Test
    void aRefusedOrBrokenConnectionDeepInTheCausesIsAnOutage() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException());
        var broken = new SQLException("An I/O error occurred while sending to the backend", "08006");

        assertThat(DatabaseFailures.isOutage(new RuntimeException(new RuntimeException(refused)))).isTrue();
        assertThat(DatabaseFailures.isOutage(new RuntimeException("SQL failed", broken))).isTrue();
    }

    @Test
    void aSessionEndedByADatabaseShutdownIsAnOutage() {
        var terminated = new SQLException("terminating connection due to administrator command", "57P01");
        var starting = new SQLException("the database system is starting up", "57P03");

        assertThat(DatabaseFailures.isOutage(new RuntimeException(terminated))).isTrue();
        assertThat(DatabaseFailures.isOutage(starting)).isTrue();
    }

    @Test
    void aPooledConnectionAlreadyClosedAfterAFailureIsAnOutage() {
        var closed = new SQLException("Connection is closed");

        assertThat(DatabaseFailures.isOutage(new RuntimeException("Could not set JDBC Connection read-only", closed)))
                .isTrue();
    }

    @Test
    void textWithANulCharacterIsUnstorableTextNotAnOutage() {
        var nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");

        assertThat(DatabaseFailures.isUnstorableText(new RuntimeException("SQL failed", nul))).isTrue();
        assertThat(DatabaseFailures.isOutage(new RuntimeException("SQL failed", nul))).isFalse();
    }

    @Test
    void otherDatabaseErrorsAndNonDatabaseErrorsAreNot() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(DatabaseFailures.isOutage(new RuntimeException(duplicate))).isFalse();
        assertThat(DatabaseFailures.isUnstorableText(new RuntimeException(duplicate))).isFalse();
        assertThat(DatabaseFailures.isOutage(new SQLException("no state"))).isFalse();
        assertThat(DatabaseFailures.isOutage(new UncheckedIOException(new ConnectException("webhook refused"))))
                .isFalse();
    }
}
