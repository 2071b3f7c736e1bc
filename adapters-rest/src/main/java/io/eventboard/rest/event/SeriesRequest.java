package io.eventboard.rest.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** A recurring event to announce: the fields of its first occurrence, as for one event, and how it repeats. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "SeriesRequest", description = "The first occurrence (the fields of an event to announce: title, "
        + "starts_at and capacity are required) and how it repeats")
public record SeriesRequest(
        @JsonUnwrapped EventRequest event,
        @Schema(requiredMode = RequiredMode.REQUIRED) RecurrenceRequest recurrence) {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "Recurrence", description = "How a series repeats, ending either at until or after count "
            + "occurrences (one of the two, at most 366 occurrences). Occurrences keep the local time of day of "
            + "the first one.")
    public record RecurrenceRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", allowableValues = {"daily", "weekly"},
                    example = "weekly") String frequency,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Every how many days or weeks, 1-52",
                    minimum = "1", maximum = "52", defaultValue = "1", example = "1") Integer interval,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "The last day (a date, inclusive) or "
                    + "instant (inclusive) an occurrence may start", example = "2030-06-30") String until,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "How many occurrences, 1-366",
                    minimum = "1", maximum = "366", example = "8") Integer count) {
    }
}
