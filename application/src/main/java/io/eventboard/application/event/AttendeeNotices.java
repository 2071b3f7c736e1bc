package io.eventboard.application.event;

import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes one notice to every active attendee of an event, in the caller's transaction. */
public final class AttendeeNotices {

    /** Builds the notices for one attendee on their channels. */
    @FunctionalInterface
    public interface Notice {
        List<Notification> to(List<Recipient> recipients, Event event, UserId attendee, Instant now);
    }

    private final Bookings bookings;
    private final Recipients recipients;
    private final Outbox outbox;

    public AttendeeNotices(Bookings bookings, Recipients recipients, Outbox outbox) {
        this.bookings = bookings;
        this.recipients = recipients;
        this.outbox = outbox;
    }

    /** Returns how many notifications were written. */
    public int tellAttendees(Event event, Notice notice, Instant now) {
        List<Notification> all = new ArrayList<>();
        for (UserId attendee : bookings.activeAttendees(event.id())) {
            all.addAll(notice.to(recipients.of(attendee), event, attendee, now));
        }
        return all.isEmpty() ? 0 : outbox.enqueue(all);
    }
}
