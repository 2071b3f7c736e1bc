package io.eventboard.application.event.query;

import io.eventboard.domain.event.EventStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event as people read it: with its venue, channel and organizer by name, its seats and its rating.
 * {@code seriesId} names the series the event is an occurrence of (null when it stands alone).
 */
public record EventView(
        UUID id, String title, String description, Instant startsAt, Instant endsAt, int capacity,
        EventStatus status, int seatsBooked, double ratingAvg, long ratingCount, VenueRef venue, ChannelRef channel,
        OrganizerRef organizer, List<String> tags, boolean imported, Instant createdAt, Instant updatedAt,
        long version, UUID seriesId) {

    public EventView {
        tags = List.copyOf(tags);
    }

    public int seatsFree() {
        return capacity - seatsBooked;
    }

    public record VenueRef(UUID id, String name, String city, String address) {
    }

    public record ChannelRef(UUID id, String name) {
    }

    public record OrganizerRef(UUID id, String username) {
    }
}
