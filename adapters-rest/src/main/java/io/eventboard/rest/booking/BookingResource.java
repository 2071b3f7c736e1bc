package io.eventboard.rest.booking;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.UUID;

/**
 * A booking on the wire; a user's listing adds the event's title and start, the attendee list the username. Fields
 * without a value are left out.
 */
@Serdeable
@Schema(name = "BookingResource", description = "One person's seat at one event. Fields without a value are left "
        + "out.")
public record BookingResource(
        UUID id,
        UUID eventId,
        UUID userId,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Who booked; only in the attendee list "
                + "(GET /api/events/{id}/bookings)", example = "ada")
        String username,
        @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", allowableValues = {"active", "cancelled"},
                example = "active")
        String status,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2030-04-02T10:00:00Z")
        Instant createdAt,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "When the seat was given back; left out "
                + "while the booking is active")
        Instant cancelledAt,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "The event's title; only in listings "
                + "(GET /api/bookings)", example = "Kotlin meetup")
        String eventTitle,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "When the event starts; only in listings "
                + "(GET /api/bookings)", example = "2030-05-01T18:00:00Z")
        Instant eventStartsAt) {
}
