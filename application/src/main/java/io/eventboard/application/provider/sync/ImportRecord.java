package io.eventboard.application.provider.sync;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.event.ExternalRef;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.provider.ExternalEvent;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Upserts one provider record by (provider, external id), in a transaction of its own: a new record becomes an
 * imported event, a changed one updates its event through the domain (attendees are told when it moves or is
 * cancelled upstream), an unchanged one is left alone. A record that cannot become an event counts as failed
 * and leaves nothing behind.
 */
final class ImportRecord {

    private static final String CANCELLED_UPSTREAM = "cancelled";

    private final Transactions transactions;
    private final Events events;
    private final Venues venues;
    private final Tags tags;
    private final AttendeeNotices attendees;

    ImportRecord(Transactions transactions, Events events, Venues venues, Tags tags, AttendeeNotices attendees) {
        this.transactions = transactions;
        this.events = events;
        this.venues = venues;
        this.tags = tags;
        this.attendees = attendees;
    }

    SyncSummary upsert(String provider, ExternalEvent record, UserId owner, Instant now) {
        ExternalRef ref;
        try {
            ref = new ExternalRef(provider, record.externalId());
            detailsOf(record, null);
        } catch (InvalidInput malformed) {
            return SyncSummary.FAILED;
        }
        try {
            return transactions.inTransaction(() -> upsert(ref, record, owner, now));
        } catch (InvalidInput malformed) {
            // e.g. a venue that cannot be stored; the transaction rolled back, so nothing of the record remains
            return SyncSummary.FAILED;
        }
    }

    private SyncSummary upsert(ExternalRef ref, ExternalEvent record, UserId owner, Instant now) {
        boolean cancelledUpstream = CANCELLED_UPSTREAM.equalsIgnoreCase(record.status());
        VenueId venue = record.venueName() == null || record.venueCity() == null ? null
                : venues.findOrCreate(record.venueName(), record.venueCity(), record.venueAddress()).id();
        EventDetails details = detailsOf(record, venue);
        tags.ensure(details.tags());
        Optional<Event> existing = events.findByExternalRef(ref).flatMap(found -> events.lockById(found.id()));
        if (existing.isEmpty()) {
            Event created = Event.imported(new EventId(Ids.timeOrdered(now)), details, owner, ref, now);
            events.add(cancelledUpstream ? created.cancel(now).value() : created);
            return SyncSummary.CREATED;
        }
        Event current = existing.get();
        // Compare what resync would store (it keeps booked seats above upstream's capacity), not upstream's
        // details themselves, or such an event would be rewritten by every sync.
        Event resynced = current.resync(details, now);
        Event next = resynced.details().equals(current.details()) ? current : resynced;
        boolean cancels = cancelledUpstream && current.status().canMoveTo(EventStatus.CANCELLED);
        if (cancels) {
            next = next.cancel(now).value();
        }
        if (next == current) {
            return SyncSummary.UNCHANGED;
        }
        Event stored = events.update(next);
        if (cancels) {
            attendees.tellAttendees(stored, Notices::eventCancelled, now);
        } else if (stored.details().movesFrom(current.details()) && !stored.status().isFinal()) {
            attendees.tellAttendees(stored, Notices::eventChanged, now);
        }
        return SyncSummary.UPDATED;
    }

    private static EventDetails detailsOf(ExternalEvent record, VenueId venue) {
        return new EventDetails(record.title(), record.description(), venue, null,
                record.tags() == null ? Set.of() : record.tags(), record.startsAt(), record.endsAt(),
                record.capacity());
    }
}
