package io.eventboard.application.event;

import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venues;
import io.eventboard.domain.waitlist.Waitlist;
import io.eventboard.domain.waitlist.Waitlists;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Writes one notice to every active attendee of an event, in the caller's transaction. */
public final class AttendeeNotices {

    /** Builds the notices for one attendee on their channels; times read in the venue's {@code zone}. */
    @FunctionalInterface
    public interface Notice {
        List<Notification> to(List<Recipient> recipients, Event event, ZoneId zone, UserId attendee, Instant now);
    }

    private final Bookings bookings;
    private final Waitlists waitlists;
    private final Recipients recipients;
    private final Outbox outbox;
    private final Venues venues;

    public AttendeeNotices(Bookings bookings, Waitlists waitlists, Recipients recipients, Outbox outbox,
                           Venues venues) {
        this.bookings = bookings;
        this.waitlists = waitlists;
        this.recipients = recipients;
        this.outbox = outbox;
        this.venues = venues;
    }

    /** Returns how many notifications were written. */
    public int tellAttendees(Event event, Notice notice, Instant now) {
        return tell(bookings.activeAttendees(event.id()), event, notice, now);
    }

    /**
     * The event is called off (cancelled or deleted): its attendees and everyone in its waitlist are told, and the
     * line is emptied, since there is no seat left to wait for. Returns how many notifications were written.
     */
    public int tellCalledOff(Event event, Instant now) {
        List<UserId> told = new ArrayList<>(bookings.activeAttendees(event.id()));
        Waitlist line = waitlists.lineOf(event.id());
        if (!line.line().isEmpty()) {
            line.line().forEach(entry -> told.add(entry.user()));
            waitlists.save(Waitlist.empty(event.id(), line.policy()));
        }
        return tell(told, event, Notices::eventCancelled, now);
    }

    private int tell(List<UserId> people, Event event, Notice notice, Instant now) {
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
