package io.eventboard.domain.notification;

import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An active booking of a scheduled event whose reminder is due and not yet written for this start time;
 * {@code timeZone} is the venue's, in which the reminder tells the start.
 */
public record DueReminder(BookingId booking, UserId user, EventId event, String title, Instant startsAt,
                          ZoneId timeZone) {
}
