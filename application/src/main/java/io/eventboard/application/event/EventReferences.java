package io.eventboard.application.event;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.tag.TagNames;
import io.eventboard.domain.tag.Tags;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import java.util.Set;

/** Checks that the venue, channel and tags an organizer names exist, naming each unknown one. */
public final class EventReferences {

    private final Venues venues;
    private final Channels channels;
    private final Tags tags;

    public EventReferences(Venues venues, Channels channels, Tags tags) {
        this.venues = venues;
        this.channels = channels;
        this.tags = tags;
    }

    public void requireKnown(VenueId venue, ChannelId channel, Set<String> tagNames) {
        Set<String> unknownTags = tagNames == null || tagNames.isEmpty() ? Set.of()
                : tags.unknown(TagNames.normalize(tagNames));
        new Validation()
                .require(venue == null || venues.findById(venue).isPresent(), "venueId", "must name a known venue")
                .require(channel == null || channels.exists(channel), "channelId", "must name a known channel")
                .require(unknownTags.isEmpty(), "tags", "unknown tags: " + String.join(", ", unknownTags))
                .check();
    }
}
