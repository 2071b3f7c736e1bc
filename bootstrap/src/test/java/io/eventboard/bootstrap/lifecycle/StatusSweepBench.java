package io.eventboard.bootstrap.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.sweep.AdvanceEventStatuses;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EventSchedule;
import io.eventboard.domain.event.StatusPolicy;
import io.eventboard.domain.event.SweepCounts;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The status sweep on a backlog: 100,000 events due at once (half missed entirely, so they go straight to
 * completed) among further events not due, swept in batches of 10,000. Not part of the build: run
 * bench/lifecycle/run.sh; the figures go to bench/lifecycle/RESULTS.md.
 */
@Tag("bench")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusSweepBench implements TestServer {

    private static final int DUE = Integer.getInteger("bench.due", 100_000);
    private static final int NOT_DUE = Integer.getInteger("bench.notDue", 400_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 10_000);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Inject
    Transactions transactions;
    @Inject
    EventSchedule schedule;

    @Test
    void sweepABacklog() throws Exception {
        TestDatabase.cleanDatabase();
        DirectSql.execute("INSERT INTO users (id, username, email, password_hash, role, created_at) "
                + "VALUES ('00000000-0000-7000-8000-000000000001', 'organizer', 'o@example.org', '-', 'USER', now())");
        // Due: half started an hour ago (become ongoing), half ended an hour ago (go straight to completed).
        DirectSql.execute("INSERT INTO events (id, title, starts_at, ends_at, capacity, status, organizer_id, "
                + "created_at, updated_at) SELECT gen_random_uuid(), 'due ' || i, "
                + "?::timestamptz - (CASE WHEN i % 2 = 0 THEN interval '1 hour' ELSE interval '3 hours' END), "
                + "?::timestamptz + (CASE WHEN i % 2 = 0 THEN interval '1 hour' ELSE interval '-1 hour' END), 10, "
                + "'SCHEDULED', '00000000-0000-7000-8000-000000000001', now(), now() FROM generate_series(1, ?) i",
                NOW, NOW, DUE);
        DirectSql.execute("INSERT INTO events (id, title, starts_at, capacity, status, organizer_id, created_at, "
                + "updated_at) SELECT gen_random_uuid(), 'later ' || i, ?::timestamptz + i * interval '1 minute', 10, "
                + "'SCHEDULED', '00000000-0000-7000-8000-000000000001', now(), now() FROM generate_series(1, ?) i",
                NOW, NOT_DUE);
        DirectSql.execute("ANALYZE events");
        AdvanceEventStatuses sweep = new AdvanceEventStatuses(transactions, schedule,
                new StatusPolicy(StatusPolicy.DEFAULT_DURATION), BATCH, Clock.fixed(NOW, ZoneOffset.UTC));

        long started = System.nanoTime();
        SweepCounts counts = sweep.sweep(Optional.empty());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(counts.scheduledToOngoing()).isEqualTo(DUE);
        assertThat(counts.ongoingToCompleted()).isEqualTo(DUE / 2);
        long batches = (DUE + BATCH - 1) / BATCH;
        System.out.printf("BENCH sweep due=%d notDue=%d batch=%d total_ms=%d batches=%d ms_per_batch=%.1f "
                        + "events_per_s=%.0f%n", DUE, NOT_DUE, BATCH, took.toMillis(), batches,
                took.toMillis() / (double) batches, DUE / (took.toNanos() / 1e9));
    }
}
