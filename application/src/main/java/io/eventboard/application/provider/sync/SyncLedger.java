package io.eventboard.application.provider.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the bookkeeping of each provider's sync, shared by every server instance: who runs it now (a claim
 * that expires, so a runner that died does not block the next one), how far the feed is synced (the
 * checkpoint: the latest {@code changed_at} of a run that read the feed to its end), and the last run.
 */
public interface SyncLedger {

    /**
     * Claims the provider's sync for {@code runner} until {@code until}; false when another runner holds a
     * claim that has not expired at {@code now}.
     */
    boolean claim(String provider, String runner, Instant now, Instant until);

    /** Extends the runner's claim; false when it no longer holds it (it expired and another runner took it). */
    boolean extend(String provider, String runner, Instant until);

    /** Every change upstream up to this instant has been imported; empty before the first complete run. */
    Optional<Instant> checkpoint(String provider);

    /**
     * Ends the runner's claim and records its run as the last one; moves the checkpoint to {@code checkpoint}
     * when given and later than the stored one (never back).
     */
    void release(String provider, String runner, SyncReport run, Optional<Instant> checkpoint);

    Optional<SyncReport> lastRun(String provider);
}
