package io.eventboard.persistence.event;

import io.eventboard.application.event.query.EventView;
import io.eventboard.application.event.query.EventView.ChannelRef;
import io.eventboard.application.event.query.EventView.OrganizerRef;
import io.eventboard.application.event.query.EventView.VenueRef;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.domain.waitlist.WaitlistMode;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.Duration;
import java.util.UUID;

/**
 * How an event is read for people: the row of {@code events e} joined with its venue, channel, organizer and tag
 * names. Listings select their page of events first (a subquery aliased {@code e}, ordered and limited) and
 * join only those rows, so that the joins never run over the whole table.
 */
final class EventViews {

    /** The select list; {@code e} is the events table or a page of it. */
    static final String COLUMNS = """
            e.id, e.title, e.description, e.starts_at, e.ends_at, e.capacity, e.status, e.seats_booked,
            e.rating_avg, e.rating_count, e.source_provider IS NOT NULL AS imported,
            e.created_at, e.updated_at, e.version, e.waitlist_mode, e.waitlist_offer_hold_seconds, e.series_id,
            e.venue_id, v.name AS venue_name, v.city AS venue_city, v.address AS venue_address,
            v.time_zone AS venue_time_zone,
            e.channel_id, c.name AS channel_name,
            e.organizer_id, u.username AS organizer_username,
            ARRAY(SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id
                  WHERE et.event_id = e.id ORDER BY t.name) AS tags
            """;

    static final String JOINS = """
            LEFT JOIN venues v ON v.id = e.venue_id
            LEFT JOIN channels c ON c.id = e.channel_id
            JOIN users u ON u.id = e.organizer_id
            """;

    /** {@code SELECT … FROM <source> e JOIN …}: source is {@code events} or a parenthesized page of it. */
    static String selectFrom(String source) {
        return "SELECT " + COLUMNS + "FROM " + source + " e\n" + JOINS;
    }

    private EventViews() {
    }

    static EventView map(Row row) throws SQLException {
        return new EventView(
                row.uuid("id"), row.text("title"), row.text("description"), row.instant("starts_at"),
                row.instant("ends_at"), row.integer("capacity"), EventStatus.valueOf(row.text("status")),
                row.integer("seats_booked"), row.float8("rating_avg"), row.bigint("rating_count"), venue(row),
                channel(row), new OrganizerRef(row.uuid("organizer_id"), row.text("organizer_username")),
                row.texts("tags"), row.bool("imported"), row.instant("created_at"), row.instant("updated_at"),
                row.bigint("version"), new WaitlistPolicy(WaitlistMode.valueOf(row.text("waitlist_mode")),
                Duration.ofSeconds(row.bigint("waitlist_offer_hold_seconds"))), row.uuid("series_id"));
    }

    private static VenueRef venue(Row row) throws SQLException {
        UUID id = row.uuid("venue_id");
        return id == null ? null
                : new VenueRef(id, row.text("venue_name"), row.text("venue_city"), row.text("venue_address"),
                        ZoneId.of(row.text("venue_time_zone")));
    }

    private static ChannelRef channel(Row row) throws SQLException {
        UUID id = row.uuid("channel_id");
        return id == null ? null : new ChannelRef(id, row.text("channel_name"));
    }
}
