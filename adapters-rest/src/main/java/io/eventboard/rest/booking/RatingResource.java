package io.eventboard.rest.booking;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A rating on the wire. */
@Serdeable
public record RatingResource(UUID eventId, UUID userId, String username, int score, String comment,
                             Instant createdAt, Instant updatedAt) {
}
