package io.eventboard.persistence.event;

import io.eventboard.application.event.query.EventFilter;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import java.time.Instant;
import java.util.Set;

/** Test-side builder of {@link EventFilter}s: {@code filter().city("Berlin").open().build()}. */
final class Filter {

    private String text;
    private String city;
    private VenueId venue;
    private ChannelId channel;
    private Set<String> tags = Set.of();
    private Set<EventStatus> statuses = Set.of();
    private boolean open;
    private Instant from;
    private Instant to;
    private Boolean hasFreeSeats;
    private Double minRating;
    private UserId organizer;

    private Filter() {
    }

    static Filter filter() {
        return new Filter();
    }

    Filter text(String text) {
        this.text = text;
        return this;
    }

    Filter city(String city) {
        this.city = city;
        return this;
    }

    Filter venue(VenueId venue) {
        this.venue = venue;
        return this;
    }

    Filter channel(ChannelId channel) {
        this.channel = channel;
        return this;
    }

    Filter tags(String... tags) {
        this.tags = Set.of(tags);
        return this;
    }

    Filter statuses(EventStatus... statuses) {
        this.statuses = Set.of(statuses);
        return this;
    }

    Filter open() {
        this.open = true;
        return this;
    }

    Filter from(Instant from) {
        this.from = from;
        return this;
    }

    Filter to(Instant to) {
        this.to = to;
        return this;
    }

    Filter hasFreeSeats(boolean hasFreeSeats) {
        this.hasFreeSeats = hasFreeSeats;
        return this;
    }

    Filter minRating(double minRating) {
        this.minRating = minRating;
        return this;
    }

    Filter organizer(UserId organizer) {
        this.organizer = organizer;
        return this;
    }

    EventFilter build() {
        return new EventFilter(text, city, venue, channel, tags, statuses, open, from, to, hasFreeSeats, minRating,
                organizer);
    }
}
