package io.eventboard.application.retention;

import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EventSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Deletes events that finished (became completed or cancelled) longer ago than the retention period (seed 004:
 * seven days), with their bookings, ratings and delivered notifications; notifications not yet delivered are
 * kept. Deletes in batches of one transaction each, so a large backlog never holds one long lock, and claims
 * its rows with {@code SKIP LOCKED}, so several servers may purge at once. A zero retention turns the purge
 * off ({@code RETENTION_DAYS=0}).
 */
public final class PurgeExpiredEvents {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    private final Transactions transactions;
    private final EventSchedule schedule;
    private final Duration retention;
    private final int batchSize;
    private final Clock clock;

    public PurgeExpiredEvents(Transactions transactions, EventSchedule schedule, Duration retention, int batchSize,
                              Clock clock) {
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("need a non-negative retention and a positive batch size");
        }
        this.transactions = transactions;
        this.schedule = schedule;
        this.retention = retention;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    public boolean isEnabled() {
        return !retention.isZero();
    }

    public Duration retention() {
        return retention;
    }

    /** Returns how many events were deleted (none when the purge is off). */
    public long purge() {
        if (!isEnabled()) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(retention);
        long deleted = 0;
        int batch;
        do {
            batch = transactions.inTransaction(() -> schedule.purgeFinishedBefore(cutoff, batchSize));
            deleted += batch;
        } while (batch == batchSize);
        return deleted;
    }
}
