package io.eventboard.persistence.provider;

import io.eventboard.application.provider.sync.SyncLedger;
import io.eventboard.application.provider.sync.SyncReport;
import io.eventboard.application.provider.sync.SyncSummary;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code provider_syncs} table. A claim is one conditional upsert: it takes the row when nobody holds it
 * or the holder's claim has expired, so two servers that start a sync at once get one claim between them.
 */
@Singleton
final class PostgresSyncLedger implements SyncLedger {

    static final int MAX_INTERRUPTION = 1000;

    private static final String CLAIM = """
            INSERT INTO provider_syncs AS s (provider, claimed_by, claimed_until) VALUES (?, ?, ?)
            ON CONFLICT (provider) DO UPDATE
                SET claimed_by = excluded.claimed_by, claimed_until = excluded.claimed_until
                WHERE s.claimed_until IS NULL OR s.claimed_until <= ?
            """;

    private static final String RELEASE = """
            UPDATE provider_syncs
            SET claimed_by = CASE WHEN claimed_by = ? THEN NULL ELSE claimed_by END,
                claimed_until = CASE WHEN claimed_by = ? THEN NULL ELSE claimed_until END,
                checkpoint = greatest(checkpoint, ?),
                last_started_at = ?, last_finished_at = ?, last_changed_since = ?, last_created = ?,
                last_updated = ?, last_unchanged = ?, last_failed = ?, last_interruption = ?
            WHERE provider = ?
            """;

    private static final String LAST_RUN = """
            SELECT last_started_at, last_finished_at, last_changed_since, last_created, last_updated, last_unchanged,
                   last_failed, last_interruption
            FROM provider_syncs WHERE provider = ? AND last_started_at IS NOT NULL
            """;

    private final Sql sql;

    PostgresSyncLedger(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean claim(String provider, String runner, Instant now, Instant until) {
        return sql.update(CLAIM, p -> p.text(provider).text(runner).instant(until).instant(now)) == 1;
    }

    @Override
    public boolean extend(String provider, String runner, Instant until) {
        return sql.update("UPDATE provider_syncs SET claimed_until = ? WHERE provider = ? AND claimed_by = ?",
                p -> p.instant(until).text(provider).text(runner)) == 1;
    }

    @Override
    public Optional<Instant> checkpoint(String provider) {
        return sql.one("SELECT checkpoint FROM provider_syncs WHERE provider = ?", p -> p.text(provider),
                row -> Optional.ofNullable(row.instant("checkpoint"))).flatMap(found -> found);
    }

    /** {@code greatest} ignores NULLs: a run without a checkpoint keeps the stored one. */
    @Override
    public void release(String provider, String runner, SyncReport run, Optional<Instant> checkpoint) {
        SyncSummary counts = run.counts();
        sql.update(RELEASE, p -> p.text(runner).text(runner).instant(checkpoint.orElse(null))
                .instant(run.startedAt()).instant(run.finishedAt()).instant(run.changedSince())
                .bigint(counts.created()).bigint(counts.updated()).bigint(counts.unchanged()).bigint(counts.failed())
                .text(run.interruptedBy().map(PostgresSyncLedger::truncate).orElse(null)).text(provider));
    }

    @Override
    public Optional<SyncReport> lastRun(String provider) {
        return sql.one(LAST_RUN, p -> p.text(provider), PostgresSyncLedger::report);
    }

    private static SyncReport report(Row row) throws SQLException {
        return new SyncReport(row.instant("last_started_at"), row.instant("last_finished_at"),
                row.instant("last_changed_since"), new SyncSummary(row.bigint("last_created"),
                row.bigint("last_updated"), row.bigint("last_unchanged"), row.bigint("last_failed")),
                row.text("last_interruption"));
    }

    private static String truncate(String text) {
        return text.length() <= MAX_INTERRUPTION ? text : text.substring(0, MAX_INTERRUPTION - 1) + "\u2026";
    }
}
