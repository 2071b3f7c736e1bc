package io.eventboard.application.event.query;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.tag.TagNames;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import java.time.Instant;
import java.util.Set;

/**
 * Which events a listing shows; a null or empty criterion does not filter. {@code open} means scheduled with a
 * free seat (seed 004's "open"); {@code tags} matches events with any of the tags.
 */
public record EventFilter(
        String text, String city, VenueId venue, ChannelId channel, Set<String> tags, Set<EventStatus> statuses,
        boolean open, Instant from, Instant to, Boolean hasFreeSeats, Double minRating, UserId organizer) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, Set.of(), Set.of(), false, null,
            null, null, null, null);

    public EventFilter {
        tags = tags == null || tags.isEmpty() ? Set.of() : TagNames.normalize(tags);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        new Validation()
                .require(text == null || text.length() <= 200, "q", "must be at most 200 characters")
                .require(city == null || city.length() <= 100, "city", "must be at most 100 characters")
                .require(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                .require(minRating == null || (minRating >= 0 && minRating <= 5), "min_rating",
                        "must be between 0 and 5")
                .check();
    }
}
