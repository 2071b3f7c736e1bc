package io.eventboard.rest.booking;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A booking on the wire; listings add the event's title and start. */
@Serdeable
public record BookingResource(UUID id, UUID eventId, UUID userId, String status, Instant createdAt,
                              Instant cancelledAt, String eventTitle, Instant eventStartsAt) {
}
