package io.eventboard.rest.event;

import io.eventboard.application.series.query.SeriesView;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.series.EventSeries;
import io.eventboard.domain.series.Recurrence;
import io.eventboard.domain.series.Recurrence.Until;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A series on the wire: how it repeats, who organizes it, and its occurrences by start. */
@Serdeable
@Schema(name = "SeriesResource", description = "A recurring event. Each occurrence is an event of its own "
        + "(GET /api/events/{id}); fields without a value are left out.")
public record SeriesResource(
        UUID id,
        @Schema(requiredMode = RequiredMode.REQUIRED) RecurrenceResource recurrence,
        @Schema(requiredMode = RequiredMode.REQUIRED) EventResource.OrganizerRef organizer,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Every occurrence, soonest first")
        List<Occurrence> occurrences,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2030-04-01T09:00:00Z") Instant createdAt) {

    @Serdeable
    @Schema(name = "RecurrenceResource", description = "How the series repeats; exactly one of until and count")
    public record RecurrenceResource(
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", allowableValues = {"daily", "weekly"})
            String frequency,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "1") int interval,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "A date or an instant, as sent",
                    example = "2030-06-30") String until,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, example = "8") Integer count) {
    }

    @Serdeable
    @Schema(name = "Occurrence", description = "One occurrence of a series")
    public record Occurrence(
            @Schema(description = "The event's id") UUID id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2030-05-01T18:00:00Z") Instant startsAt,
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string",
                    allowableValues = {"scheduled", "ongoing", "completed", "cancelled"}) String status) {
    }

    static SeriesResource of(SeriesView view) {
        EventSeries series = view.series();
        return new SeriesResource(series.id().value(), recurrence(series.recurrence()),
                new EventResource.OrganizerRef(series.organizer().value(), view.organizerUsername()),
                view.occurrences().stream().map(SeriesResource::occurrence).toList(), series.createdAt());
    }

    private static RecurrenceResource recurrence(Recurrence recurrence) {
        String until = null;
        if (recurrence.until() instanceof Until.OnDate onDate) {
            until = onDate.last().toString();
        } else if (recurrence.until() instanceof Until.AtInstant atInstant) {
            until = atInstant.last().toString();
        }
        return new RecurrenceResource(recurrence.frequency().name().toLowerCase(Locale.ROOT), recurrence.interval(),
                until, recurrence.count());
    }

    private static Occurrence occurrence(Event event) {
        return new Occurrence(event.id().value(), event.startsAt(), event.status().name().toLowerCase(Locale.ROOT));
    }
}
