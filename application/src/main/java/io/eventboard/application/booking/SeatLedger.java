package io.eventboard.application.booking;

import io.eventboard.application.waitlist.Promotions;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.Venues;
import io.eventboard.domain.waitlist.SeatQueue;
import io.eventboard.domain.waitlist.SeatQueue.SeatChange;
import io.eventboard.domain.waitlist.Waitlist;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every change of a seat goes the same way: lock the event for the transaction (so concurrent changes of one
 * event queue up and each sees the current seat count), let the domain decide, store event and booking, hand
 * any seat that became free to the waitlist, and write the notices to the outbox in the same transaction.
 */
public final class SeatLedger {

    /** The domain's decision, given the locked event, its line and the user's active booking. */
    @FunctionalInterface
    public interface Decision {
        Result<SeatChange> decide(Event event, Waitlist waitlist, Optional<Booking> current, Instant now);
    }

    /** The notice the user gets about the changed booking; times read in the venue's {@code zone}. */
    @FunctionalInterface
    public interface Notice {
        List<Notification> to(List<Recipient> recipients, Event event, ZoneId zone, Booking booking, Instant now);
    }

    private final Transactions transactions;
    private final Events events;
    private final Bookings bookings;
    private final Promotions promotions;
    private final Recipients recipients;
    private final Outbox outbox;
    private final Venues venues;
    private final Clock clock;

    public SeatLedger(Transactions transactions, Events events, Bookings bookings, Promotions promotions,
                      Recipients recipients, Outbox outbox, Venues venues, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.bookings = bookings;
        this.promotions = promotions;
        this.recipients = recipients;
        this.outbox = outbox;
        this.venues = venues;
        this.clock = clock;
    }

    public Bookings bookings() {
        return bookings;
    }

    public Result<Booking> change(EventId eventId, UserId user, Decision decision, Consumer<Booking> store,
                                  Notice notice) {
        return transactions.inTransaction(() -> {
            Optional<Event> event = events.lockById(eventId);
            if (event.isEmpty()) {
                return Result.rejected(EventRefusals.NOT_FOUND);
            }
            Instant now = clock.instant();
            Waitlist line = promotions.waitlists().lineOf(eventId);
            Result<SeatChange> decided = decision.decide(event.get(), line, bookings.findActive(eventId, user), now);
            if (decided.isAccepted()) {
                SeatChange made = decided.value();
                store.accept(made.booking());
                Event stored = promotions.store(event.get(), line,
                        SeatQueue.fill(made.event(), made.waitlist(), now), now);
                ZoneId zone = venues.timeZoneOf(stored.details().venueId());
                outbox.enqueue(notice.to(recipients.of(user), stored, zone, made.booking(), now));
            }
            return decided.map(SeatChange::booking);
        });
    }
}
