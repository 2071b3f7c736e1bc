package io.eventboard.domain.notification;

import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;

/**
 * An active booking of a scheduled event whose reminder is due and not yet written for this start time;
 * {@code timeZone} is the venue's, in which the reminder tells the start.
 */
public record DueReminder(BookingId booking, UserId user, EventId event, String title, Instant startsAt,
                         ZoneId timeZone) {

    /**
     * The order reminders are claimed and written in: earliest start first, then by event and by user, ids
     * compared as text (as PostgreSQL compares UUIDs, byte by byte). It is the order of the reminders' dedupe
     * keys, so the outbox's indexes take a batch page after page.
     */
    public static final Comparator<DueReminder> CLAIM_ORDER = Comparator.comparing(DueReminder::startsAt)
            .thenComparing(reminder -> reminder.event().value().toString())
            .thenComparing(reminder -> reminder.user().value().toString());
}
