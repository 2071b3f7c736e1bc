package io.eventboard.rest.provider;

import io.eventboard.application.provider.sync.SyncReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One sync run, as the sync endpoint answers it and {@code GET /} shows the last one. */
@Serdeable
@Schema(name = "SyncRun", description = "One run of the provider sync: what it did with the records it read "
        + "(created + updated + unchanged + failed = records read), and whether it read the feed to its end")
public record SyncRunView(
        @Schema(example = "12") long created,
        @Schema(example = "3") long updated,
        @Schema(example = "4980") long unchanged,
        @Schema(description = "Records that were malformed or refused by the rules; skipped", example = "5")
        long failed,
        @Schema(description = "False when the run stopped early; the next run picks the changes up again")
        boolean completed,
        @Schema(description = "Why the run stopped early") @Nullable String interruption,
        @Schema(description = "The changes asked for: since this instant; absent for the whole feed")
        @Nullable Instant changedSince,
        Instant startedAt,
        Instant finishedAt) {

    public static SyncRunView of(SyncReport run) {
        return new SyncRunView(run.counts().created(), run.counts().updated(), run.counts().unchanged(),
                run.counts().failed(), run.completed(), run.interruption(), run.changedSince(), run.startedAt(),
                run.finishedAt());
    }
}
