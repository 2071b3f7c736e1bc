package io.eventboard.persistence.event;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.ExternalRef;
import io.eventboard.domain.event.RatingSummary;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.persistence.jdbc.Row;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.UUID;

/** How an event is read from its row: the column list every event query selects, and the mapping back. */
final class EventColumns {

    /** Columns of {@code events e}, with the tag names gathered from event_tags into one array. */
    static final String SELECT = """
            SELECT e.id, e.title, e.description, e.venue_id, e.channel_id, e.starts_at, e.ends_at, e.capacity,
                   e.seats_booked, e.status, e.rating_count, e.rating_sum, e.organizer_id, e.source_provider,
                   e.source_external_id, e.created_at, e.updated_at, e.version,
                   ARRAY(SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id
                         WHERE et.event_id = e.id ORDER BY t.name) AS tags
            FROM events e
            """;

    private EventColumns() {
    }

    static Event map(Row row) throws SQLException {
        EventDetails details = new EventDetails(
                row.text("title"), row.text("description"), venue(row.uuid("venue_id")),
                channel(row.uuid("channel_id")), new HashSet<>(row.texts("tags")), row.instant("starts_at"),
                row.instant("ends_at"), row.integer("capacity"));
        String provider = row.text("source_provider");
        ExternalRef source = provider == null ? null : new ExternalRef(provider, row.text("source_external_id"));
        return new Event(
                new EventId(row.uuid("id")), details, EventStatus.valueOf(row.text("status")),
                row.integer("seats_booked"), new RatingSummary(row.bigint("rating_count"), row.bigint("rating_sum")),
                new UserId(row.uuid("organizer_id")), source, row.instant("created_at"), row.instant("updated_at"),
                row.bigint("version"));
    }

    static UUID venueId(Event event) {
        return event.details().venueId().map(VenueId::value).orElse(null);
    }

    static UUID channelId(Event event) {
        return event.details().channelId().map(ChannelId::value).orElse(null);
    }

    private static VenueId venue(UUID id) {
        return id == null ? null : new VenueId(id);
    }

    private static ChannelId channel(UUID id) {
        return id == null ? null : new ChannelId(id);
    }
}
