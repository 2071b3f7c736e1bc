package io.eventboard.application.event.status;

import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventSchedule;
import io.eventboard.domain.event.StatusPolicy;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What the next status sweep would move, for operators: scheduled events whose start has come, or live events
 * whose end has come, soonest first, at most {@code limit} of them.
 */
public final class PendingStatusChanges {

    public enum Pending { START, FINISH }

    private final Transactions transactions;
    private final EventSchedule schedule;
    private final StatusPolicy policy;
    private final int limit;
    private final Clock clock;

    public PendingStatusChanges(Transactions transactions, EventSchedule schedule, StatusPolicy policy, int limit,
                                Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.transactions = transactions;
        this.schedule = schedule;
        this.policy = policy;
        this.limit = limit;
        this.clock = clock;
    }

    public List<Event> list(Pending pending) {
        Objects.requireNonNull(pending, "pending");
        return transactions.inTransaction(() -> pending == Pending.START
                ? schedule.dueToStart(clock.instant(), limit)
                : schedule.dueToComplete(clock.instant(), policy, limit));
    }
}
