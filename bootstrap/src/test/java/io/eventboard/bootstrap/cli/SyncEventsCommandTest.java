package io.eventboard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.provider.sync.SyncEventsFromProvider.Command;
import io.eventboard.bootstrap.StartupFailure;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.eventboard.provider.testing.FeedRecord;
import io.eventboard.provider.testing.FeedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code sync-events} against the test database and a local feed, without the HTTP server and System.exit. */
class SyncEventsCommandTest {

    private static final Instant CHANGED = Instant.parse("2026-02-01T12:00:00Z");

    private final FeedServer feed = FeedServer.start();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
        feed.serve(List.of(FeedRecord.event("e-1").changedAt(CHANGED).build(),
                FeedRecord.event("e-2").changedAt(CHANGED.plusSeconds(60)).build(),
                FeedRecord.raw("e-3", CHANGED, "[]")));
    }

    @AfterEach
    void stopFeed() {
        feed.close();
    }

    /** The test server's settings, with this feed as the provider when {@code withProvider}. */
    private Function<Map<String, String>, Map<String, Object>> settings(boolean withProvider) {
        return env -> {
            Map<String, Object> properties = new HashMap<>(new TestServer() { }.getProperties());
            if (withProvider) {
                properties.put("eventboard.provider.url", feed.url());
                properties.put("eventboard.provider.retry-delay", "PT0.01S");
            }
            return properties;
        };
    }

    private int run(String... args) {
        return run(settings(true), args);
    }

    private int run(Function<Map<String, String>, Map<String, Object>> settings, String... args) {
        return new SyncEventsCommand(Map.of(), settings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSyncPrintsOneSummaryLineAndExitsWithZero() {
        assertThat(run()).isZero();
        assertThat(run()).isZero();

        assertThat(out()).isEqualTo("""
                sync-events: created=2 updated=0 unchanged=0 failed=1 (the whole feed)
                sync-events: created=0 updated=0 unchanged=1 failed=0 (changes since 2026-02-01T12:01:00Z)
                """);
        assertThat(err()).isEmpty();
        assertThat(DirectSql.number("SELECT count(*) FROM events WHERE source_provider = 'events-provider'"))
                .isEqualTo(2);
    }

    @Test
    void allAndDateChooseWhichChangesAreAskedFor() {
        assertThat(run("--all")).isZero();
        assertThat(run("--date=2026-02-01")).isZero();
        assertThat(run("--date", "2030-01-01")).isZero();

        assertThat(out().lines()).containsExactly(
                "sync-events: created=2 updated=0 unchanged=0 failed=1 (the whole feed)",
                "sync-events: created=0 updated=0 unchanged=2 failed=1 (changes since 2026-02-01T00:00:00Z)",
                "sync-events: created=0 updated=0 unchanged=0 failed=0 (changes since 2030-01-01T00:00:00Z)");
    }

    @Test
    void aProviderThatFailsMidwayEndsWithOneAndSaysWhatWasImported() {
        feed.pageSize(1).failing(2, 10, 503);

        assertThat(run()).isEqualTo(1);

        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("sync-events: created=1 updated=0 unchanged=0 failed=0 (the whole feed), "
                + "then stopped: the events provider answered 503").contains("the next run picks up the rest");
    }

    @Test
    void withoutAProviderOrADatabaseOrWithBadArgumentsItExitsWithOneSayingWhy() {
        assertThat(run(settings(false))).isEqualTo(1);
        assertThat(run(env -> {
            throw new StartupFailure("DATASOURCE_URL is not a JDBC URL");
        })).isEqualTo(1);
        assertThat(run("--date=tomorrow")).isEqualTo(1);
        assertThat(run("--all", "--date=2026-01-01")).isEqualTo(1);
        assertThat(run("--everything")).isEqualTo(1);

        assertThat(err().lines()).containsExactly(
                "sync-events: no events provider is configured: set PROVIDER_URL.",
                "sync-events: cannot reach the database: DATASOURCE_URL is not a JDBC URL",
                "sync-events: " + SyncEventsCommand.USAGE,
                "sync-events: " + SyncEventsCommand.USAGE,
                "sync-events: " + SyncEventsCommand.USAGE);
        assertThat(feed.requests()).isEmpty();
    }

    @Test
    void argumentsBecomeTheCommandOfTheSync() {
        assertThat(SyncEventsCommand.parse(List.of())).contains(Command.sinceCheckpoint());
        assertThat(SyncEventsCommand.parse(List.of("--all"))).contains(Command.everything());
        assertThat(SyncEventsCommand.parse(List.of("--date=2026-05-01")))
                .contains(Command.changedSince(LocalDate.parse("2026-05-01")));
        assertThat(SyncEventsCommand.parse(List.of("--date"))).isEmpty();
        assertThat(SyncEventsCommand.parse(List.of("2026-05-01"))).isEqualTo(Optional.empty());
    }
}
