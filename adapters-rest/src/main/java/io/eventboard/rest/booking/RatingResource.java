package io.eventboard.rest.booking;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.UUID;

/** A rating on the wire; listings add the rater's username. Fields without a value are left out. */
@Serdeable
@Schema(name = "RatingResource", description = "One attendee's rating of one event. Fields without a value are left "
        + "out.")
public record RatingResource(
        UUID eventId,
        UUID userId,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Who rated; only in listings "
                + "(GET /api/events/{id}/ratings)", example = "ada")
        String username,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "1-5", minimum = "1", maximum = "5",
                example = "5")
        int score,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out when none", example = "Great talks.")
        String comment,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2030-05-02T08:00:00Z")
        Instant createdAt,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "When the score last changed",
                example = "2030-05-02T08:00:00Z")
        Instant updatedAt) {
}
