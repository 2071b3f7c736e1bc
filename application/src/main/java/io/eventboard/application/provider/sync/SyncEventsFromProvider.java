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
import io.eventboard.domain.provider.EventProvider;
import io.eventboard.domain.provider.ExternalEvent;
import io.eventboard.domain.provider.ProviderPage;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Imports events from an events provider, upserting by (provider, external id): new ones are created, changed
 * ones updated, an event cancelled upstream is cancelled here and its attendees told. Every record is its own
 * transaction, so a sync that dies midway leaves what it did consistent and the next run picks up the rest;
 * a record that cannot be read is counted as failed and skipped.
 */
public final class SyncEventsFromProvider {

    private static final String CANCELLED_UPSTREAM = "cancelled";

    private final Transactions transactions;
    private final EventProvider provider;
    private final Events events;
    private final Venues venues;
    private final Tags tags;
    private final AttendeeNotices attendees;
    private final UserId owner;
    private final Clock clock;

    /** {@code owner} is the system user that imported events belong to. */
    public SyncEventsFromProvider(Transactions transactions, EventProvider provider, Events events, Venues venues,
                                  Tags tags, AttendeeNotices attendees, UserId owner, Clock clock) {
        this.transactions = transactions;
        this.provider = provider;
        this.events = events;
        this.venues = venues;
        this.tags = tags;
        this.attendees = attendees;
        this.owner = owner;
        this.clock = clock;
    }

    /** Syncs the events changed since {@code changedSince}, or every event when it is empty. */
    public SyncSummary sync(Optional<Instant> changedSince) {
        SyncSummary summary = SyncSummary.NONE;
        Optional<String> cursor = Optional.empty();
        do {
            ProviderPage page = provider.fetch(changedSince, cursor);
            summary = summary.plus(new SyncSummary(0, 0, 0, page.malformed()));
            for (ExternalEvent record : page.events()) {
                summary = summary.plus(importOne(record));
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return summary;
    }

    private SyncSummary importOne(ExternalEvent record) {
        ExternalRef ref;
        try {
            ref = new ExternalRef(provider.name(), record.externalId());
            detailsOf(record, null);
        } catch (InvalidInput malformed) {
            return new SyncSummary(0, 0, 0, 1);
        }
        try {
            return transactions.inTransaction(() -> upsert(ref, record));
        } catch (InvalidInput malformed) {
            // e.g. a venue that cannot be stored; the transaction rolled back, so nothing of the record remains
            return new SyncSummary(0, 0, 0, 1);
        }
    }

    private SyncSummary upsert(ExternalRef ref, ExternalEvent record) {
        Instant now = clock.instant();
        boolean cancelledUpstream = CANCELLED_UPSTREAM.equalsIgnoreCase(record.status());
        var venue = record.venueName() == null || record.venueCity() == null ? null
                : venues.findOrCreate(record.venueName(), record.venueCity(), record.venueAddress()).id();
        EventDetails details = detailsOf(record, venue);
        tags.ensure(details.tags());
        Optional<Event> existing = events.findByExternalRef(ref).flatMap(found -> events.lockById(found.id()));
        if (existing.isEmpty()) {
            Event created = Event.imported(new EventId(Ids.timeOrdered(now)), details, owner, ref, now);
            events.add(cancelledUpstream ? created.cancel(now).value() : created);
            return new SyncSummary(1, 0, 0, 0);
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
            return new SyncSummary(0, 0, 1, 0);
        }
        Event stored = events.update(next);
        if (cancels) {
            attendees.tellAttendees(stored, Notices::eventCancelled, now);
        }
        return new SyncSummary(0, 1, 0, 0);
    }

    private static EventDetails detailsOf(ExternalEvent record, VenueId venue) {
        return new EventDetails(record.title(), record.description(), venue, null,
                record.tags() == null ? Set.of() : record.tags(), record.startsAt(), record.endsAt(),
                record.capacity());
    }
}
