package io.eventboard.application.provider.sync;

/**
 * What a sync did with the provider's records: every record read is counted once, as created, updated,
 * unchanged or failed (malformed, or refused by the rules).
 */
public record SyncSummary(long created, long updated, long unchanged, long failed) {

    public static final SyncSummary NONE = new SyncSummary(0, 0, 0, 0);
    static final SyncSummary CREATED = new SyncSummary(1, 0, 0, 0);
    static final SyncSummary UPDATED = new SyncSummary(0, 1, 0, 0);
    static final SyncSummary UNCHANGED = new SyncSummary(0, 0, 1, 0);
    static final SyncSummary FAILED = new SyncSummary(0, 0, 0, 1);

    static SyncSummary failed(long records) {
        return new SyncSummary(0, 0, 0, records);
    }

    public long records() {
        return created + updated + unchanged + failed;
    }

    SyncSummary plus(SyncSummary other) {
        return new SyncSummary(created + other.created, updated + other.updated, unchanged + other.unchanged,
                failed + other.failed);
    }

    /** {@code created=1 updated=2 unchanged=3 failed=0}: the summary line of the CLI, the job log and GET /. */
    @Override
    public String toString() {
        return "created=" + created + " updated=" + updated + " unchanged=" + unchanged + " failed=" + failed;
    }
}
