package io.eventboard.application.event.query;

import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * An event as people read it: with its venue, channel and organizer by name, its seats, its rating, how its
 * waitlist hands out freed seats, and its times also as the clock at the venue shows them.
 * {@code seriesId} names the series the event is an occurrence of (null when it stands alone).
 */
public record EventView(
        UUID id, String title, String description, Instant startsAt, Instant endsAt, int capacity,
        EventStatus status, int seatsBooked, double ratingAvg, long ratingCount, VenueRef venue, ChannelRef channel,
        OrganizerRef organizer, List<String> tags, boolean imported, Instant createdAt, Instant updatedAt,
        long version, WaitlistPolicy waitlist, UUID seriesId) {

    public EventView {
        tags = List.copyOf(tags);
    }

    public int seatsFree() {
        return capacity - seatsBooked;
    }

    /** The zone the event's times are read in: its venue's, or UTC without a venue. */
    public ZoneId timeZone() {
        return venue == null ? TimeZones.UTC : venue.timeZone();
    }

    public OffsetDateTime localStartsAt() {
        return TimeZones.local(startsAt, timeZone());
    }

    /** Null when the organizer gave no end. */
    public OffsetDateTime localEndsAt() {
        return endsAt == null ? null : TimeZones.local(endsAt, timeZone());
    }

    public record VenueRef(UUID id, String name, String city, String address, ZoneId timeZone) {
    }

    public record ChannelRef(UUID id, String name) {
    }

    public record OrganizerRef(UUID id, String username) {
    }
}
