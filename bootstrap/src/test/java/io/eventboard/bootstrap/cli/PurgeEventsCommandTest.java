package io.eventboard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.StartupFailure;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code purge-events} against the test database. */
class PurgeEventsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void twoOldEventsAndARecentOne() throws Exception {
        TestDatabase.cleanDatabase();
        DirectSql.execute("INSERT INTO users (id, username, email, password_hash, role, created_at) "
                + "VALUES ('00000000-0000-7000-8000-000000000001', 'organizer', 'o@example.org', '-', 'USER', now())");
        DirectSql.execute("INSERT INTO events (id, title, starts_at, capacity, status, organizer_id, created_at, "
                + "updated_at) SELECT gen_random_uuid(), 'event ' || i, now() - interval '30 days', 10, "
                + "CASE WHEN i = 1 THEN 'CANCELLED' ELSE 'COMPLETED' END, '00000000-0000-7000-8000-000000000001', "
                + "now() - interval '30 days', now() - (CASE WHEN i = 3 THEN interval '1 day' ELSE interval '8 days' "
                + "END) FROM generate_series(1, 3) i");
    }

    private int run(Map<String, Object> settings, String... args) {
        Function<Map<String, String>, Map<String, Object>> properties = env -> {
            Map<String, Object> all = new HashMap<>(new TestServer() { }.getProperties());
            all.putAll(settings);
            return all;
        };
        return new PurgeEventsCommand(Map.of(), properties, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    @Test
    void deletesTheEventsFinishedLongerAgoThanTheRetentionAndSaysHowMany() {
        assertThat(run(Map.of())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("purge-events: deleted 2 events that finished more than 7 days ago.\n");
        assertThat(DirectSql.number("SELECT count(*) FROM events")).isEqualTo(1);
    }

    @Test
    void aZeroRetentionDeletesNothing() {
        assertThat(run(Map.of("eventboard.retention-days", "0"))).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("purge-events: retention is off (RETENTION_DAYS=0); nothing was deleted.\n");
        assertThat(DirectSql.number("SELECT count(*) FROM events")).isEqualTo(3);
    }

    @Test
    void argumentsOrAnUnreachableDatabaseEndWithOne() {
        assertThat(run(Map.of(), "--now")).isEqualTo(1);
        Function<Map<String, String>, Map<String, Object>> broken = env -> {
            throw new StartupFailure("the database does not answer");
        };
        assertThat(new PurgeEventsCommand(Map.of(), broken, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "purge-events: " + PurgeEventsCommand.USAGE,
                "purge-events: cannot reach the database: the database does not answer");
    }
}
