package io.eventboard.rest.event;

import io.eventboard.application.series.OccurrenceChanges;
import io.eventboard.domain.event.EventId;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.UUID;

/** What one change to "this occurrence and the following ones" touched. */
@Serdeable
@Schema(name = "OccurrenceChanges", description = "The occurrences a series-wide change touched, soonest first; "
        + "occurrences that had already started, finished or been cancelled are left as they were")
public record OccurrenceChangesResource(
        @Schema(requiredMode = RequiredMode.REQUIRED) UUID seriesId,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "How many occurrences changed", example = "3")
        int count,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "The ids of the changed events; left out "
                + "when none changed")
        List<UUID> eventIds) {

    static OccurrenceChangesResource of(OccurrenceChanges changes) {
        return new OccurrenceChangesResource(changes.series().value(), changes.changed().size(),
                changes.changed().stream().map(EventId::value).toList());
    }
}
