package io.eventboard.persistence.event;

import io.eventboard.domain.common.ConcurrentUpdate;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.event.ExternalRef;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Events in PostgreSQL. Updates are version-checked (optimistic) for writers that did not lock; seat and
 * rating writers lock the row first ({@link #lockById}) so they queue up instead of failing.
 */
@Singleton
final class PostgresEvents implements Events {

    private static final String INSERT = """
            INSERT INTO events (id, title, description, venue_id, channel_id, starts_at, ends_at, capacity,
                                seats_booked, status, rating_count, rating_sum, organizer_id, source_provider,
                                source_external_id, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String UPDATE = """
            UPDATE events
            SET title = ?, description = ?, venue_id = ?, channel_id = ?, starts_at = ?, ends_at = ?, capacity = ?,
                seats_booked = ?, status = ?, rating_count = ?, rating_sum = ?, source_provider = ?,
                source_external_id = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """;

    /**
     * Makes event_tags hold exactly the named tags, in one round trip; answers how many of the names exist,
     * so that an unknown name is noticed instead of silently dropped.
     */
    private static final String REPLACE_TAGS = """
            WITH wanted AS (SELECT id FROM tags WHERE name = ANY (?)),
                 dropped AS (DELETE FROM event_tags WHERE event_id = ? AND tag_id NOT IN (SELECT id FROM wanted)),
                 added AS (INSERT INTO event_tags (event_id, tag_id) SELECT ?, id FROM wanted ON CONFLICT DO NOTHING)
            SELECT count(*) AS known FROM wanted
            """;

    private final Sql sql;
    private final CatalogChanges changes;

    PostgresEvents(Sql sql, CatalogChanges changes) {
        this.sql = sql;
        this.changes = changes;
    }

    /** Row and tag links are written in one transaction: an unknown tag leaves no event behind. */
    @Override
    public void add(Event event) {
        sql.atomically(() -> {
            sql.update(INSERT, p -> p.uuid(event.id().value()).text(event.title())
                    .text(event.details().description()).uuid(EventColumns.venueId(event))
                    .uuid(EventColumns.channelId(event)).instant(event.startsAt()).instant(event.details().endsAt())
                    .integer(event.capacity()).integer(event.seatsBooked()).text(event.status().name())
                    .bigint(event.ratings().count()).bigint(event.ratings().sum()).uuid(event.organizer().value())
                    .text(provider(event)).text(externalId(event)).instant(event.createdAt())
                    .instant(event.updatedAt()).bigint(event.version()));
            replaceTags(event);
            changes.recordAfterCommit();
            return null;
        });
    }

    @Override
    public Event update(Event event) {
        return sql.atomically(() -> {
            int changed = sql.update(UPDATE, p -> p.text(event.title()).text(event.details().description())
                    .uuid(EventColumns.venueId(event)).uuid(EventColumns.channelId(event)).instant(event.startsAt())
                    .instant(event.details().endsAt()).integer(event.capacity()).integer(event.seatsBooked())
                    .text(event.status().name()).bigint(event.ratings().count()).bigint(event.ratings().sum())
                    .text(provider(event)).text(externalId(event)).instant(event.updatedAt())
                    .uuid(event.id().value()).bigint(event.version()));
            if (changed == 0) {
                throw new ConcurrentUpdate("event " + event.id());
            }
            replaceTags(event);
            changes.recordAfterCommit();
            return event.nextVersion();
        });
    }

    @Override
    public Optional<Event> findById(EventId id) {
        return sql.one(EventColumns.SELECT + " WHERE e.id = ?", p -> p.uuid(id.value()), EventColumns::map);
    }

    @Override
    public Optional<Event> lockById(EventId id) {
        return sql.one(EventColumns.SELECT + " WHERE e.id = ? FOR UPDATE OF e", p -> p.uuid(id.value()),
                EventColumns::map);
    }

    /** Bookings, ratings and tag links go with the event (ON DELETE CASCADE); sent notifications stay. */
    @Override
    public void delete(EventId id) {
        sql.update("DELETE FROM events WHERE id = ?", p -> p.uuid(id.value()));
        changes.recordAfterCommit();
    }

    @Override
    public Optional<Event> findByExternalRef(ExternalRef ref) {
        return sql.one(EventColumns.SELECT + " WHERE e.source_provider = ? AND e.source_external_id = ?",
                p -> p.text(ref.provider()).text(ref.externalId()), EventColumns::map);
    }

    /** Locked in id order, as every writer that locks several events must, so that no two wait on each other. */
    @Override
    public List<Event> lockImported(String provider, Set<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return sql.list(EventColumns.SELECT + """
                 WHERE e.source_provider = ? AND e.source_external_id = ANY (?)
                ORDER BY e.id
                FOR UPDATE OF e
                """, p -> p.text(provider).texts(externalIds), EventColumns::map);
    }

    private void replaceTags(Event event) {
        Set<String> names = event.details().tags();
        long known = sql.one(REPLACE_TAGS, p -> p.texts(names).uuid(event.id().value()).uuid(event.id().value()),
                row -> row.bigint("known")).orElseThrow();
        if (known != names.size()) {
            throw new IllegalArgumentException("event " + event.id() + " names tags that do not exist: "
                    + new TreeSet<>(names) + " (create them first with Tags.ensure)");
        }
    }

    private static String provider(Event event) {
        return event.externalRef().map(ExternalRef::provider).orElse(null);
    }

    private static String externalId(Event event) {
        return event.externalRef().map(ExternalRef::externalId).orElse(null);
    }
}
