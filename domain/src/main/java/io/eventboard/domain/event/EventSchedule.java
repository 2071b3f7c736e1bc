package io.eventboard.domain.event;

import io.eventboard.domain.channel.ChannelId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the time-driven work over many events at once. Implementations work set-based and claim the rows
 * they change so that any number of server instances can run the same sweep side by side.
 */
public interface EventSchedule {

    /**
     * Moves at most {@code limit} due events (of one channel, or of all) to the status {@code policy} gives them
     * at {@code now}, in one transaction, skipping events another worker holds.
     */
    SweepCounts advanceDue(Instant now, StatusPolicy policy, Optional<ChannelId> channel, int limit);

    /** Scheduled events whose start has been reached, soonest first. */
    List<Event> dueToStart(Instant now, int limit);

    /** Live events whose end (or start plus the default duration) has been reached, soonest first. */
    List<Event> dueToComplete(Instant now, StatusPolicy policy, int limit);

    /**
     * Deletes at most {@code limit} events that became completed or cancelled before {@code cutoff}, with their
     * bookings, ratings and the delivered notifications about them; notifications not yet delivered stay.
     */
    int purgeFinishedBefore(Instant cutoff, int limit);
}
