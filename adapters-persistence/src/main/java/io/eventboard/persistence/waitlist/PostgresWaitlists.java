package io.eventboard.persistence.waitlist;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.Waitlist;
import io.eventboard.domain.waitlist.WaitlistEntry;
import io.eventboard.domain.waitlist.WaitlistMode;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import io.eventboard.domain.waitlist.WaitlistStatus;
import io.eventboard.domain.waitlist.Waitlists;
import io.eventboard.persistence.jdbc.Pages;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.event.CatalogChanges;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Waitlists in PostgreSQL: the policy in two columns of the event, the line in {@code waitlist_entries} ordered by
 * an identity column. Writers hold the event's row lock, so a line is never written by two at once; the primary
 * key (event, user) still refuses a second place for one user if a caller skipped the rules.
 */
@Singleton
final class PostgresWaitlists implements Waitlists {

    private static final String COLUMNS = "event_id, user_id, status, joined_at, offer_expires_at";

    private static final String UPSERT = """
            INSERT INTO waitlist_entries (event_id, user_id, status, joined_at, offer_expires_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (event_id, user_id) DO UPDATE
            SET status = EXCLUDED.status, offer_expires_at = EXCLUDED.offer_expires_at
            WHERE (waitlist_entries.status, waitlist_entries.offer_expires_at)
                  IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.offer_expires_at)
            """;

    /** Locked in id order, as every writer that locks several events must, so that no two wait on each other. */
    private static final String CLAIM_EXPIRED = """
            SELECT e.id FROM events e
            WHERE e.id IN (SELECT w.event_id FROM waitlist_entries w
                           WHERE w.status = 'OFFERED' AND w.offer_expires_at <= ?)
            ORDER BY e.id
            LIMIT ?
            FOR UPDATE OF e SKIP LOCKED
            """;

    private final Sql sql;
    private final CatalogChanges changes;

    PostgresWaitlists(Sql sql, CatalogChanges changes) {
        this.sql = sql;
        this.changes = changes;
    }

    @Override
    public Waitlist lineOf(EventId event) {
        WaitlistPolicy policy = sql.one(
                "SELECT waitlist_mode, waitlist_offer_hold_seconds FROM events WHERE id = ?",
                p -> p.uuid(event.value()), PostgresWaitlists::policy).orElse(WaitlistPolicy.DEFAULT);
        List<WaitlistEntry> line = sql.list("SELECT " + COLUMNS + " FROM waitlist_entries WHERE event_id = ? ORDER BY seq",
                p -> p.uuid(event.value()), PostgresWaitlists::entry);
        return new Waitlist(event, policy, line);
    }

    /** Removes who left, adds who joined (at the end of the line) and records offers; others stay untouched. */
    @Override
    public void save(Waitlist waitlist) {
        sql.atomically(() -> {
            sql.update("DELETE FROM waitlist_entries WHERE event_id = ? AND NOT (user_id = ANY (?))",
                    p -> p.uuid(waitlist.event().value())
                            .uuids(waitlist.line().stream().map(entry -> entry.user().value()).toList()));
            sql.batch(UPSERT, waitlist.line(), (p, entry) -> p.uuid(entry.event().value()).uuid(entry.user().value())
                    .text(entry.status().name()).instant(entry.joinedAt()).instant(entry.offerExpiresAt()));
            return null;
        });
    }

    @Override
    public void choosePolicy(EventId event, WaitlistPolicy policy) {
        sql.update("UPDATE events SET waitlist_mode = ?, waitlist_offer_hold_seconds = ? WHERE id = ?",
                p -> p.text(policy.mode().name()).bigint(policy.offerHold().toSeconds()).uuid(event.value()));
        changes.recordAfterCommit();
    }

    @Override
    public Page<WaitlistEntry> page(EventId event, PageRequest request) {
        List<WaitlistEntry> fetched = sql.list("SELECT " + COLUMNS + """
                         FROM waitlist_entries WHERE event_id = ? ORDER BY seq LIMIT ? OFFSET ?
                        """, p -> p.uuid(event.value()).integer(request.size() + 1).bigint(request.offset()),
                PostgresWaitlists::entry);
        return Pages.of(fetched, request, false, Long.MAX_VALUE,
                () -> sql.one("SELECT count(*) AS total FROM waitlist_entries WHERE event_id = ?",
                        p -> p.uuid(event.value()), row -> row.bigint("total")).orElseThrow(), null);
    }

    @Override
    public List<EventId> claimExpiredOffers(Instant now, int limit) {
        return sql.list(CLAIM_EXPIRED, p -> p.instant(now).integer(limit), row -> new EventId(row.uuid("id")));
    }

    private static WaitlistPolicy policy(Row row) throws SQLException {
        return new WaitlistPolicy(WaitlistMode.valueOf(row.text("waitlist_mode")),
                Duration.ofSeconds(row.bigint("waitlist_offer_hold_seconds")));
    }

    private static WaitlistEntry entry(Row row) throws SQLException {
        return new WaitlistEntry(new EventId(row.uuid("event_id")), new UserId(row.uuid("user_id")),
                WaitlistStatus.valueOf(row.text("status")), row.instant("joined_at"), row.instant("offer_expires_at"));
    }
}
