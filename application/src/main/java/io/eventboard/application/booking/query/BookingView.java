package io.eventboard.application.booking.query;

import io.eventboard.domain.booking.BookingStatus;
import java.time.Instant;
import java.util.UUID;

/** A booking as its holder reads it, with the event's title and start so a list of them makes sense alone. */
public record BookingView(UUID id, UUID eventId, UUID userId, BookingStatus status, Instant createdAt,
                          Instant cancelledAt, String eventTitle, Instant eventStartsAt) {
}
