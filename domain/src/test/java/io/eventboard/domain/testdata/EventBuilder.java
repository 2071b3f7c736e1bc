package io.eventboard.domain.testdata;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.ExternalRef;
import io.eventboard.domain.event.RatingSummary;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Test events with sensible defaults: {@code anEvent().startingIn(hours(2)).withCapacity(3).build()}. Times
 * are relative to {@link TestTime#NOW} unless {@link #at(Instant)} moves the reference point.
 */
public final class EventBuilder {

    private Instant now = TestTime.NOW;
    private EventId id = new EventId(UUID.randomUUID());
    private String title = "Kotlin meetup";
    private String description = "Talks and pizza";
    private VenueId venue;
    private ChannelId channel;
    private Set<String> tags = Set.of();
    private Duration startsIn = Duration.ofHours(2);
    private Duration length;
    private int capacity = 10;
    private int seatsBooked;
    private EventStatus status = EventStatus.SCHEDULED;
    private RatingSummary ratings = RatingSummary.NONE;
    private UserId organizer = new UserId(UUID.randomUUID());
    private ExternalRef source;
    private Duration createdAgo = Duration.ofMinutes(5);
    private long version;

    private EventBuilder() {
    }

    public static EventBuilder anEvent() {
        return new EventBuilder();
    }

    public static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    public static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    public EventBuilder at(Instant reference) {
        this.now = reference;
        return this;
    }

    public EventBuilder withId(EventId id) {
        this.id = id;
        return this;
    }

    public EventBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public EventBuilder startingIn(Duration startsIn) {
        this.startsIn = startsIn;
        return this;
    }

    public EventBuilder startedAgo(Duration ago) {
        this.startsIn = ago.negated();
        return this;
    }

    public EventBuilder lasting(Duration length) {
        this.length = length;
        return this;
    }

    public EventBuilder withCapacity(int capacity) {
        this.capacity = capacity;
        return this;
    }

    public EventBuilder withSeatsBooked(int seatsBooked) {
        this.seatsBooked = seatsBooked;
        return this;
    }

    public EventBuilder soldOut() {
        this.seatsBooked = capacity;
        return this;
    }

    public EventBuilder inStatus(EventStatus status) {
        this.status = status;
        return this;
    }

    public EventBuilder organizedBy(UserId organizer) {
        this.organizer = organizer;
        return this;
    }

    public EventBuilder createdAgo(Duration ago) {
        this.createdAgo = ago;
        return this;
    }

    public EventBuilder inVenue(VenueId venue) {
        this.venue = venue;
        return this;
    }

    public EventBuilder inChannel(ChannelId channel) {
        this.channel = channel;
        return this;
    }

    public EventBuilder taggedWith(String... tags) {
        this.tags = Set.of(tags);
        return this;
    }

    public EventBuilder ratedBy(long count, long sum) {
        this.ratings = new RatingSummary(count, sum);
        return this;
    }

    public EventBuilder importedFrom(String provider, String externalId) {
        this.source = new ExternalRef(provider, externalId);
        return this;
    }

    public EventBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public EventDetails details() {
        Instant startsAt = now.plus(startsIn);
        return new EventDetails(title, description, venue, channel, tags, startsAt,
                length == null ? null : startsAt.plus(length), capacity);
    }

    public Event build() {
        Instant createdAt = now.minus(createdAgo);
        return new Event(id, details(), status, seatsBooked, ratings, organizer, source, createdAt, createdAt, version);
    }

    /** A fresh identifier, time-ordered like production ones. */
    public static EventId newEventId() {
        return new EventId(Ids.timeOrdered(TestTime.NOW));
    }
}
