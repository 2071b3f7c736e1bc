package io.eventboard.domain.event;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.venue.VenueId;
import java.time.Instant;
import java.util.Set;

/** A partial edit of an event's details: a null field means "leave as it is". */
public record EventChanges(
        String title, String description, VenueId venue, ChannelId channel, Set<String> tags,
        Instant startsAt, Instant endsAt, Integer capacity) {

    public boolean movesStart() {
        return startsAt != null;
    }
}
