package io.eventboard.domain.event;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.tag.TagNames;
import io.eventboard.domain.venue.VenueId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What an organizer describes about an event; everything else about it is decided by the system. */
public record EventDetails(
        String title, String description, VenueId venue, ChannelId channel, Set<String> tags,
        Instant startsAt, Instant endsAt, int capacity) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_CAPACITY = 100_000;

    public EventDetails {
        description = description == null ? "" : description;
        tags = TagNames.normalize(tags == null ? Set.of() : tags);
        new Validation()
                .requireText(title, "title", MAX_TITLE)
                .require(description.length() <= MAX_DESCRIPTION, "description",
                        "must be at most " + MAX_DESCRIPTION + " characters")
                .requirePresent(startsAt, "startsAt")
                .require(endsAt == null || startsAt == null || endsAt.isAfter(startsAt), "endsAt",
                        "must be after startsAt")
                .require(capacity >= 0 && capacity <= MAX_CAPACITY, "capacity",
                        "must be between 0 and " + MAX_CAPACITY)
                .check();
        title = title.strip();
    }

    public Optional<VenueId> venueId() {
        return Optional.ofNullable(venue);
    }

    public Optional<ChannelId> channelId() {
        return Optional.ofNullable(channel);
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(endsAt);
    }

    /** Whether these details put the event at another time or place than {@code before}: attendees are told. */
    public boolean movesFrom(EventDetails before) {
        return !startsAt.equals(before.startsAt) || !Objects.equals(endsAt, before.endsAt)
                || !Objects.equals(venue, before.venue);
    }

    /** These details at another venue (none when null). */
    public EventDetails withVenue(VenueId other) {
        return new EventDetails(title, description, other, channel, tags, startsAt, endsAt, capacity);
    }

    /** These details with every field the change names replaced; unnamed fields stay as they are. */
    public EventDetails with(EventChanges changes) {
        Objects.requireNonNull(changes, "changes");
        return new EventDetails(
                changes.title() != null ? changes.title() : title,
                changes.description() != null ? changes.description() : description,
                changes.venue() != null ? changes.venue() : venue,
                changes.channel() != null ? changes.channel() : channel,
                changes.tags() != null ? changes.tags() : tags,
                changes.startsAt() != null ? changes.startsAt() : startsAt,
                changes.endsAt() != null ? changes.endsAt() : endsAt,
                changes.capacity() != null ? changes.capacity() : capacity);
    }
}
