package io.eventboard.application.event;

import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venues;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Writes one notice to every active attendee of an event (or to other people about it), in the caller's transaction. */
public final class AttendeeNotices {

    /** Builds the notices for one attendee on their channels; times read in the venue's {@code zone}. */
    @FunctionalInterface
    public interface Notice {
        List<Notification> to(List<Recipient> recipients, Event event, ZoneId zone, UserId attendee, Instant now);
    }

    private final Bookings bookings;
    private final Recipients recipients;
    private final Outbox outbox;
    private final Venues venues;

    public AttendeeNotices(Bookings bookings, Recipients recipients, Outbox outbox, Venues venues) {
        this.bookings = bookings;
        this.recipients = recipients;
        this.outbox = outbox;
        this.venues = venues;
    }

    /** Returns how many notifications were written. */
    public int tellAttendees(Event event, Notice notice, Instant now) {
        return tell(bookings.activeAttendees(event.id()), event, notice, now);
    }

    /** Writes the notice to each of {@code people} about {@code event}; returns how many notifications were written. */
    public int tell(List<UserId> people, Event event, Notice notice, Instant now) {
        if (people.isEmpty()) {
            return 0;
        }
        ZoneId zone = venues.timeZoneOf(event.details().venueId());
        List<Notification> all = new ArrayList<>();
        for (UserId person : people) {
            all.addAll(notice.to(recipients.of(person), event, zone, person, now));
        }
        return all.isEmpty() ? 0 : outbox.enqueue(all);
    }
}
