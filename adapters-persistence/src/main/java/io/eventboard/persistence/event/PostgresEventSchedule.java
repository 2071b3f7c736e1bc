package io.eventboard.persistence.event;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventSchedule;
import io.eventboard.domain.event.StatusPolicy;
import io.eventboard.domain.event.SweepCounts;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The time-driven sweeps, set-based: one statement claims a batch of due rows with
 * {@code FOR UPDATE SKIP LOCKED} (rows another worker holds are left to it) and moves them all, so that any
 * number of server instances can sweep side by side and each event moves once.
 */
@Singleton
final class PostgresEventSchedule implements EventSchedule {

    /** When a live event ends: its own end, or its start plus the policy's default length. */
    private static final String END = "coalesce(ends_at, starts_at + make_interval(secs => ?))";

    /**
     * Every due event has started (an end lies after the start), so {@code starts_at <= now} narrows the scan
     * to the live-events index. A SCHEDULED event whose end has passed too (the sweep missed it) goes straight
     * to COMPLETED and counts as both started and completed, as {@link StatusPolicy#advance} does.
     * The update finds its rows through {@code id = ANY(ARRAY(…))}, a primary-key lookup per claimed row: joined
     * to the claimed rows instead, the planner guessed a hash join over the whole table (a second per batch on
     * 500,000 events).
     */
    private static final String ADVANCE = """
            WITH due AS MATERIALIZED (
                SELECT id, status AS was
                FROM events
                WHERE status IN ('SCHEDULED', 'ONGOING') AND starts_at <= ?
                  AND (status = 'SCHEDULED' OR %1$s <= ?) %2$s
                ORDER BY starts_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED
            ), moved AS (
                UPDATE events
                SET status = CASE WHEN %1$s <= ? THEN 'COMPLETED' ELSE 'ONGOING' END,
                    updated_at = ?, version = version + 1
                WHERE id = ANY (ARRAY(SELECT id FROM due))
                RETURNING id, status
            )
            SELECT count(*) FILTER (WHERE due.was = 'SCHEDULED') AS started,
                   count(*) FILTER (WHERE moved.status = 'COMPLETED') AS completed
            FROM moved JOIN due USING (id)
            """;

    private static final String DUE_TO_START = EventColumns.SELECT + """
             WHERE e.status = 'SCHEDULED' AND e.starts_at <= ?
            ORDER BY e.starts_at, e.id
            LIMIT ?
            """;

    private static final String DUE_TO_COMPLETE = EventColumns.SELECT + """
             WHERE e.status IN ('SCHEDULED', 'ONGOING') AND e.starts_at <= ?
              AND coalesce(e.ends_at, e.starts_at + make_interval(secs => ?)) <= ?
            ORDER BY coalesce(e.ends_at, e.starts_at + make_interval(secs => ?)), e.id
            LIMIT ?
            """;

    /**
     * One batch of the retention purge: the events finished longest ago, claimed so that purges on several
     * servers take different rows; their delivered notifications go first, bookings, ratings and tag links
     * cascade, and the notifications still to be delivered stay, unlinked (ON DELETE SET NULL). The batch's ids
     * reach both deletes as an array, so each is an index lookup rather than a join over a whole table.
     */
    private static final String PURGE = """
            WITH expired AS (
                SELECT id FROM events
                WHERE finished_at < ?
                ORDER BY finished_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED
            ), delivered AS (
                DELETE FROM notifications
                WHERE event_id = ANY (ARRAY(SELECT id FROM expired)) AND status = 'SENT'
            )
            DELETE FROM events WHERE id = ANY (ARRAY(SELECT id FROM expired))
            """;

    private final Sql sql;
    private final CatalogChanges changes;

    PostgresEventSchedule(Sql sql, CatalogChanges changes) {
        this.sql = sql;
        this.changes = changes;
    }

    @Override
    public SweepCounts advanceDue(Instant now, StatusPolicy policy, Optional<ChannelId> channel, int limit) {
        String statement = ADVANCE.formatted(END, channel.isPresent() ? "AND channel_id = ?" : "");
        SweepCounts counts = sql.one(statement, p -> {
            p.instant(now).seconds(policy.defaultDuration()).instant(now);
            if (channel.isPresent()) {
                p.uuid(channel.get().value());
            }
            p.integer(limit).seconds(policy.defaultDuration()).instant(now).instant(now);
        }, row -> new SweepCounts(row.bigint("started"), row.bigint("completed"))).orElseThrow();
        // The sweep runs every minute and mostly finds nothing: only a move changes what listings show.
        if (counts.totalUpdated() > 0) {
            changes.recordAfterCommit();
        }
        return counts;
    }

    @Override
    public List<Event> dueToStart(Instant now, int limit) {
        return sql.list(DUE_TO_START, p -> p.instant(now).integer(limit), EventColumns::map);
    }

    @Override
    public List<Event> dueToComplete(Instant now, StatusPolicy policy, int limit) {
        return sql.list(DUE_TO_COMPLETE, p -> p.instant(now).seconds(policy.defaultDuration()).instant(now)
                .seconds(policy.defaultDuration()).integer(limit), EventColumns::map);
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff, int limit) {
        int purged = sql.update(PURGE, p -> p.instant(cutoff).integer(limit));
        if (purged > 0) {
            changes.recordAfterCommit();
        }
        return purged;
    }
}
