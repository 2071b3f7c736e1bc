package io.eventboard.application.waitlist;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.waitlist.SeatQueue;
import io.eventboard.domain.waitlist.SeatQueue.Outcome;
import io.eventboard.domain.waitlist.Waitlist;
import io.eventboard.domain.waitlist.WaitlistEntry;
import io.eventboard.domain.waitlist.Waitlists;
import io.eventboard.domain.venue.Venues;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores what a change did to an event's seats and line, in the caller's transaction and while it holds the
 * event's lock: the event, the line, a booking for each person promoted, and a notice to each person promoted
 * or offered a seat. Every path that frees seats ends here, so the seat goes on in the same transaction.
 */
public final class Promotions {

    private final Events events;
    private final Bookings bookings;
    private final Waitlists waitlists;
    private final Recipients recipients;
    private final Outbox outbox;
    private final Venues venues;

    public Promotions(Events events, Bookings bookings, Waitlists waitlists, Recipients recipients, Outbox outbox,
                      Venues venues) {
        this.events = events;
        this.bookings = bookings;
        this.waitlists = waitlists;
        this.recipients = recipients;
        this.outbox = outbox;
        this.venues = venues;
    }

    public Waitlists waitlists() {
        return waitlists;
    }

    /** Hands the free seats of {@code event} (locked, and stored as it is) to the first people in its line. */
    public Event fill(Event event, Instant now) {
        Waitlist line = waitlists.lineOf(event.id());
        return store(event, line, SeatQueue.fill(event, line, now), now);
    }

    /**
     * Stores {@code outcome}, the result of a change to {@code event} and {@code line} as they were read;
     * returns the event as stored now.
     */
    public Event store(Event event, Waitlist line, Outcome outcome, Instant now) {
        Event stored = outcome.event().equals(event) ? event : events.update(outcome.event());
        if (!outcome.waitlist().equals(line)) {
            waitlists.save(outcome.waitlist());
        }
        if (outcome.promoted().isEmpty() && outcome.offered().isEmpty()) {
            return stored; // the usual booking or cancellation: no venue lookup on that path
        }
        ZoneId zone = venues.timeZoneOf(stored.details().venueId());
        List<Notification> notices = new ArrayList<>();
        for (Booking booking : outcome.promoted()) {
            bookings.add(booking);
            notices.addAll(Notices.waitlistPromoted(recipients.of(booking.user()), stored, zone, booking, now));
        }
        for (WaitlistEntry offer : outcome.offered()) {
            notices.addAll(Notices.waitlistOffered(recipients.of(offer.user()), stored, zone, offer, now));
        }
        outbox.enqueue(notices);
        return stored;
    }
}
