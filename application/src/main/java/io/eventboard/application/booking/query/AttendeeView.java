package io.eventboard.application.booking.query;

import io.eventboard.domain.booking.BookingStatus;
import java.time.Instant;
import java.util.UUID;

/** One booking of an event as its organizer reads the attendee list: who booked, when, and whether it holds. */
public record AttendeeView(UUID bookingId, UUID eventId, UUID userId, String username, BookingStatus status,
                           Instant createdAt, Instant cancelledAt) {
}
