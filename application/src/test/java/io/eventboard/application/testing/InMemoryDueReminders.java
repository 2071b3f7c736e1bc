package io.eventboard.application.testing;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.notification.DueReminder;
import io.eventboard.domain.notification.DueReminders;
import io.eventboard.domain.notification.ReminderPolicy;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.domain.venue.Venue;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link DueReminders} over the in-memory database: active bookings of scheduled events that start in
 * {@code (now, now + lead]} and were not yet reminded for the event's current start time.
 */
public final class InMemoryDueReminders implements DueReminders {

    private final InMemoryDatabase db;

    public InMemoryDueReminders(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public List<DueReminder> claim(Instant now, ReminderPolicy policy, int limit, DueReminder after) {
        Instant horizon = now.plus(policy.lead());
        return db.write("DueReminders.claim", t -> {
            List<DueReminder> due = new ArrayList<>();
            for (Booking booking : t.bookings.values()) {
                Event event = t.events.get(booking.event());
                if (booking.isActive() && event != null && event.status() == EventStatus.SCHEDULED
                        && event.startsAt().isAfter(now) && !event.startsAt().isAfter(horizon)
                        && !event.startsAt().equals(t.reminded.get(booking.id()))) {
                    ZoneId zone = event.details().venueId().map(t.venues::get).map(Venue::timeZone)
                            .orElse(TimeZones.UTC);
                    due.add(new DueReminder(booking.id(), booking.user(), event.id(), event.title(),
                            event.startsAt(), zone));
                }
            }
            List<DueReminder> claimed = due.stream()
                    .filter(reminder -> after == null || DueReminder.CLAIM_ORDER.compare(reminder, after) > 0)
                    .sorted(DueReminder.CLAIM_ORDER).limit(limit).toList();
            claimed.forEach(reminder -> t.reminded.put(reminder.booking(), reminder.startsAt()));
            return claimed;
        });
    }

    // ---- for tests ----

    /** The start time the booking's reminder was written for, if any. */
    public Optional<Instant> remindedFor(BookingId booking) {
        return db.read(t -> Optional.ofNullable(t.reminded.get(booking)));
    }
}
