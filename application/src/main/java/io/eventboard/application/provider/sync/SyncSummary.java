package io.eventboard.application.provider.sync;

/** What a sync did with the provider's records. */
public record SyncSummary(long created, long updated, long unchanged, long failed) {

    public static final SyncSummary NONE = new SyncSummary(0, 0, 0, 0);

    SyncSummary plus(SyncSummary other) {
        return new SyncSummary(created + other.created, updated + other.updated, unchanged + other.unchanged,
                failed + other.failed);
    }
}
