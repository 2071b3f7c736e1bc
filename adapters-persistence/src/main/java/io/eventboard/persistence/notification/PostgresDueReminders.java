package io.eventboard.persistence.notification;

import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.notification.DueReminder;
import io.eventboard.domain.notification.DueReminders;
import io.eventboard.domain.notification.ReminderPolicy;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Bookings whose reminder is due. {@code reminded_for} holds the start time a reminder was written for;
 * comparing it with the event's current start (not a yes/no flag) re-arms the reminder when the event moves.
 * Claimed bookings stay locked until the caller's transaction ends, so two reminder runs never both take one.
 * Each carries its venue's time zone (UTC without a venue), joined here so that a batch costs one query.
 */
@Singleton
final class PostgresDueReminders implements DueReminders {

    private static final String CLAIM = """
            SELECT b.id AS booking_id, b.user_id, e.id AS event_id, e.title, e.starts_at,
                   coalesce(v.time_zone, 'UTC') AS time_zone
            FROM bookings b
            JOIN events e ON e.id = b.event_id
            LEFT JOIN venues v ON v.id = e.venue_id
            WHERE b.status = 'ACTIVE' AND e.status = 'SCHEDULED'
              AND e.starts_at > ? AND e.starts_at <= ?
              AND b.reminded_for IS DISTINCT FROM e.starts_at
            ORDER BY e.starts_at, b.id
            LIMIT ?
            FOR UPDATE OF b SKIP LOCKED
            """;

    private static final String MARK = """
            UPDATE bookings b SET reminded_for = v.starts_at::timestamptz
            FROM unnest(?::uuid[], ?::text[]) AS v(id, starts_at)
            WHERE b.id = v.id
            """;

    private final Sql sql;

    PostgresDueReminders(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<DueReminder> claim(Instant now, ReminderPolicy policy, int limit) {
        return sql.list(CLAIM, p -> p.instant(now).instant(now.plus(policy.lead())).integer(limit),
                row -> new DueReminder(new BookingId(row.uuid("booking_id")), new UserId(row.uuid("user_id")),
                        new EventId(row.uuid("event_id")), row.text("title"), row.instant("starts_at"),
                        ZoneId.of(row.text("time_zone"))));
    }

    /** One statement per batch; each booking gets the start its reminder was written for, passed as text. */
    @Override
    public void markReminded(List<DueReminder> reminders) {
        if (reminders.isEmpty()) {
            return;
        }
        sql.update(MARK, p -> p.uuids(reminders.stream().map(reminder -> reminder.booking().value()).toList())
                .texts(reminders.stream().map(reminder -> reminder.startsAt().toString()).toList()));
    }
}
