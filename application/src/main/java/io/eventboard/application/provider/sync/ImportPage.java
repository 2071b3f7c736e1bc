package io.eventboard.application.provider.sync;

import io.eventboard.application.event.AttendeeNotices;
import io.eventboard.application.waitlist.Promotions;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.InvalidInput;
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
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Upserts provider records by (provider, external id), a page at a time in the caller's transaction: a new
 * record becomes an imported event, a changed one updates its event through the domain (attendees are told
 * when it moves or is cancelled upstream), an unchanged one is left alone. Every rule a record can break is
 * checked before anything is written, so a record that cannot become an event counts as failed and leaves
 * nothing behind, and the page goes on with the next record.
 *
 * <p>One instance serves one sync run and remembers the venues and tags it has made sure of, so that a feed
 * of thousands of events at a few venues does not ask for them again with every record. A run ends at the
 * first failure of the store, so nothing it remembers can outlive a rolled-back transaction.
 */
final class ImportPage {

    private static final String CANCELLED_UPSTREAM = "cancelled";

    /** A record that passed every check: what to store, and where. */
    private record Upstream(ExternalRef ref, EventDetails details, Venue venue, boolean cancelled,
                            Instant changedAt) {
    }

    private final Events events;
    private final Venues venues;
    private final Tags tags;
    private final AttendeeNotices attendees;
    private final Promotions promotions;
    /** Venue name and city, lower-cased as the store compares them, to the venue's id. */
    private final Map<List<String>, VenueId> knownVenues = new HashMap<>();
    private final Set<String> knownTags = new HashSet<>();
    private Instant latestChange;

    ImportPage(Events events, Venues venues, Tags tags, AttendeeNotices attendees, Promotions promotions) {
        this.events = events;
        this.venues = venues;
        this.tags = tags;
        this.attendees = attendees;
        this.promotions = promotions;
    }

    /**
     * Upserts the records of one page. Their events are read and locked in one go; a record that comes twice
     * meets the event as its first occurrence left it.
     */
    SyncSummary upsertPage(String provider, List<ExternalEvent> records, UserId owner, Instant now) {
        List<Optional<Upstream>> checked = records.stream().map(record -> check(provider, record, now)).toList();
        Set<String> ids = new HashSet<>();
        checked.forEach(upstream -> upstream.ifPresent(valid -> ids.add(valid.ref().externalId())));
        Map<String, Event> stored = new HashMap<>();
        for (Event event : events.lockImported(provider, ids)) {
            stored.put(event.externalRef().orElseThrow().externalId(), event);
        }
        SyncSummary summary = SyncSummary.NONE;
        for (Optional<Upstream> upstream : checked) {
            summary = summary.plus(upstream.map(valid -> upsert(valid, stored, owner, now))
                    .orElse(SyncSummary.FAILED));
            upstream.map(Upstream::changedAt).filter(this::isLatest).ifPresent(changed -> latestChange = changed);
        }
        return summary;
    }

    /** The latest {@code changed_at} of the records imported so far (failed ones do not count). */
    Optional<Instant> latestChange() {
        return Optional.ofNullable(latestChange);
    }

    private boolean isLatest(Instant changedAt) {
        return latestChange == null || changedAt.isAfter(latestChange);
    }

    private VenueId venueOf(Venue venue) {
        List<String> key = List.of(venue.name().toLowerCase(Locale.ROOT), venue.city().toLowerCase(Locale.ROOT));
        return knownVenues.computeIfAbsent(key,
                known -> venues.findOrCreate(venue.name(), venue.city(), venue.address()).id());
    }

    private static Optional<Upstream> check(String provider, ExternalEvent record, Instant now) {
        try {
            ExternalRef ref = new ExternalRef(provider, record.externalId());
            EventDetails details = new EventDetails(record.title(), record.description(), null, null,
                    record.tags() == null ? Set.of() : record.tags(), record.startsAt(), record.endsAt(),
                    record.capacity());
            Venue venue = record.venueName() == null || record.venueCity() == null ? null
                    : new Venue(new VenueId(Ids.timeOrdered(now)), record.venueName(), record.venueCity(),
                    record.venueAddress());
            return Optional.of(new Upstream(ref, details, venue,
                    CANCELLED_UPSTREAM.equalsIgnoreCase(record.status()), record.changedAt()));
        } catch (InvalidInput malformed) {
            return Optional.empty();
        }
    }

    private SyncSummary upsert(Upstream upstream, Map<String, Event> stored, UserId owner, Instant now) {
        VenueId venue = upstream.venue() == null ? null : venueOf(upstream.venue());
        EventDetails details = upstream.details().withVenue(venue);
        if (!knownTags.containsAll(details.tags())) {
            tags.ensure(details.tags());
            knownTags.addAll(details.tags());
        }
        Event current = stored.get(upstream.ref().externalId());
        if (current == null) {
            Event created = Event.imported(new EventId(Ids.timeOrdered(now)), details, owner, upstream.ref(), now);
            Event added = upstream.cancelled() ? created.cancel(now).value() : created;
            events.add(added);
            stored.put(upstream.ref().externalId(), added);
            return SyncSummary.CREATED;
        }
        // Compare what resync would store (it keeps booked seats above upstream's capacity), not upstream's
        // details themselves, or such an event would be rewritten by every sync.
        Event resynced = current.resync(details, now);
        Event next = resynced.details().equals(current.details()) ? current : resynced;
        boolean cancels = upstream.cancelled() && current.status().canMoveTo(EventStatus.CANCELLED);
        if (cancels) {
            next = next.cancel(now).value();
        }
        if (next == current) {
            return SyncSummary.UNCHANGED;
        }
        // upstream may raise the capacity: the seats it frees go to the waitlist at once
        Event updated = promotions.fill(events.update(next), now);
        stored.put(upstream.ref().externalId(), updated);
        if (cancels) {
            attendees.tellCalledOff(updated, now);
        } else if (updated.details().movesFrom(current.details()) && !updated.status().isFinal()) {
            attendees.tellAttendees(updated, Notices::eventChanged, now);
        }
        return SyncSummary.UPDATED;
    }
}
