package io.eventboard.bootstrap.jobs;

import io.eventboard.application.provider.sync.SyncReport;
import io.eventboard.domain.common.Result;

/** What one run of the provider-sync job did: the sync's report, or why no sync ran on this node. */
record SyncJobOutcome(SyncReport report, String skipped) {

    static SyncJobOutcome of(Result<SyncReport> result) {
        return result.isAccepted() ? new SyncJobOutcome(result.value(), null)
                : new SyncJobOutcome(null, result.rejection().message());
    }

    /** Nothing to tell: no run here (another node syncs), or a complete run that found no changes. */
    boolean idle() {
        return report == null || report.completed() && report.counts().records() == 0;
    }

    @Override
    public String toString() {
        return report != null ? report.toString() : "skipped: " + skipped;
    }
}
