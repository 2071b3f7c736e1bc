package io.eventboard.application.event.sweep;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EventSchedule;
import io.eventboard.domain.event.StatusPolicy;
import io.eventboard.domain.event.SweepCounts;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves every event whose time has come: scheduled ones that reached their start become ongoing, live ones
 * that reached their end complete. Works in batches, one transaction each, so a backlog of many thousands
 * never holds one long transaction, and a second instance sweeping at the same time takes other rows.
 */
public final class AdvanceEventStatuses {

    private final Transactions transactions;
    private final EventSchedule schedule;
    private final StatusPolicy policy;
    private final int batchSize;
    private final Clock clock;

    public AdvanceEventStatuses(Transactions transactions, EventSchedule schedule, StatusPolicy policy, int batchSize,
                                Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.transactions = transactions;
        this.schedule = schedule;
        this.policy = policy;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Sweeps the events of one channel, or of all channels when {@code channel} is empty. */
    public SweepCounts sweep(Optional<ChannelId> channel) {
        Instant now = clock.instant();
        SweepCounts total = SweepCounts.NONE;
        SweepCounts batch;
        do {
            batch = transactions.inTransaction(() -> schedule.advanceDue(now, policy, channel, batchSize));
            total = total.plus(batch);
        } while (batch.totalUpdated() > 0);
        return total;
    }
}
