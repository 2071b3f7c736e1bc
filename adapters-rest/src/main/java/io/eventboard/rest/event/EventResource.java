package io.eventboard.rest.event;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event on the wire (ARCHITECTURE.md, wire conventions). */
@Serdeable
public record EventResource(
        UUID id, String title, String description, Instant startsAt, Instant endsAt, int capacity, String status,
        int seatsBooked, int seatsFree, double ratingAvg, long ratingCount, VenueRef venue, ChannelRef channel,
        OrganizerRef organizer, List<String> tags, boolean imported, Instant createdAt, Instant updatedAt) {

    @Serdeable
    public record VenueRef(UUID id, String name, String city, String address) {
    }

    @Serdeable
    public record ChannelRef(UUID id, String name) {
    }

    @Serdeable
    public record OrganizerRef(UUID id, String username) {
    }
}
