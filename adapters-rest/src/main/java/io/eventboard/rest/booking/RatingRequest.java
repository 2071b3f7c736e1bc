package io.eventboard.rest.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** A score from 1 to 5 and an optional comment. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "RatingRequest", description = "A score and an optional comment; rating again replaces both.")
public record RatingRequest(
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "1-5", minimum = "1", maximum = "5",
                example = "5") Integer score,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "At most 2000 characters",
                example = "Great talks.") String comment) {
}
