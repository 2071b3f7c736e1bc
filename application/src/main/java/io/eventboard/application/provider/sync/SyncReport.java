package io.eventboard.application.provider.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a sync: when it ran, which changes it asked for ({@code changedSince}, empty for the whole feed),
 * what it did with the records, and, when it stopped before the end of the feed, why.
 */
public record SyncReport(Instant startedAt, Instant finishedAt, Instant changedSince, SyncSummary counts,
                         String interruption) {

    public SyncReport {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(counts, "counts");
    }

    /** True when the run read the feed to its end. */
    public boolean completed() {
        return interruption == null;
    }

    public Optional<Instant> since() {
        return Optional.ofNullable(changedSince);
    }

    public Optional<String> interruptedBy() {
        return Optional.ofNullable(interruption);
    }

    @Override
    public String toString() {
        return completed() ? counts.toString() : counts + " interrupted: " + interruption;
    }
}
