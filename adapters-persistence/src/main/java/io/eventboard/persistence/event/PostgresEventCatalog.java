package io.eventboard.persistence.event;

import com.github.benmanes.caffeine.cache.Ticker;
import io.eventboard.application.calendar.BookedEvents;
import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.event.EventOrder.Position;
import io.eventboard.persistence.jdbc.Pages;
import io.eventboard.persistence.jdbc.Sql;
import io.eventboard.persistence.jdbc.SqlBuilder;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The read side of events in PostgreSQL. A listing reads one row more than the page (to know whether a next page
 * exists) and counts only when that row does not already tell the total, never further than the cap.
 */
@Singleton
final class PostgresEventCatalog implements EventCatalog, BookedEvents, ListingStatistics {

    private static final String FIND = EventViews.selectFrom("events") + "WHERE e.id = ?";

    /**
     * Events with an active booking of the user that are scheduled and still ahead. Driven from the user's
     * bookings (a few, a few thousand at most), whose event ids are looked up by primary key; a join would let
     * the planner walk all scheduled events instead and probe each for a booking.
     */
    private static final String UPCOMING_WHERE = """
            WHERE e.id = ANY (ARRAY(SELECT b.event_id FROM bookings b WHERE b.user_id = ? AND b.status = 'ACTIVE'))
              AND e.status = 'SCHEDULED' AND e.starts_at > ?
            """;

    private static final String UPCOMING = "SELECT " + EventViews.COLUMNS + """
            FROM (SELECT e.* FROM events e
            """ + UPCOMING_WHERE + """
                  ORDER BY e.starts_at, e.id LIMIT ? OFFSET ?) e
            """ + EventViews.JOINS + """
            ORDER BY e.starts_at, e.id
            """;

    private static final String BOOKED = "SELECT " + EventViews.COLUMNS + """
            FROM (SELECT e.* FROM events e
                  WHERE e.id = ANY (ARRAY(SELECT b.event_id FROM bookings b
                                          WHERE b.user_id = ? AND b.status = 'ACTIVE'))
                    AND e.starts_at > ?
                  ORDER BY e.starts_at, e.id LIMIT ?) e
            """ + EventViews.JOINS + """
            ORDER BY e.starts_at, e.id
            """;

    private static final String UPCOMING_COUNT = "SELECT count(*) AS total FROM events e\n" + UPCOMING_WHERE;

    /**
     * The best plan of a listing depends on its values (a tag on a quarter of all events or on a few, a text that
     * is common or rare). The driver turns a statement run often into a prepared one, for which PostgreSQL may
     * settle on a generic plan made for no value in particular; this keeps it planning each listing with its
     * values (about a millisecond), for the rest of the listing's transaction.
     */
    private static final String CUSTOM_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan";

    private final Sql sql;
    private final EventListing.Lookups lookups;
    private final ListingCache listings;

    PostgresEventCatalog(Sql sql, CatalogChanges changes,
            @Value("${eventboard.listing-cache.refresh:2s}") Duration refresh,
            @Value("${eventboard.listing-cache.size:20000}") long size,
            @Named(TaskExecutors.IO) Executor refresher) {
        this.sql = sql;
        this.listings = new ListingCache(changes::generation, this::read, refresh, size, Ticker.systemTicker(),
                refresher);
        this.lookups = new EventListing.Lookups() {
            @Override
            public List<UUID> venuesIn(String city) {
                return sql.list("SELECT id FROM venues WHERE lower(city) = lower(?)", p -> p.text(city),
                        row -> row.uuid("id"));
            }

            @Override
            public List<UUID> tagIds(Set<String> names) {
                return sql.list("SELECT id FROM tags WHERE name = ANY (?)", p -> p.texts(names),
                        row -> row.uuid("id"));
            }

            @Override
            public long titlesContaining(String pattern, int cap) {
                return sql.one("SELECT count(*) AS matches FROM (SELECT 1 FROM event_titles "
                                + "WHERE title LIKE ('%' || lower(?) || '%') LIMIT ?) capped",
                        p -> p.text(pattern).integer(cap + 1), row -> row.bigint("matches")).orElseThrow();
            }
        };
    }

    @Override
    public Page<EventView> search(EventQuery query, long countCap) {
        return listings.search(query, countCap);
    }

    private Page<EventView> read(EventQuery query, long countCap) {
        EventOrder order = EventOrder.of(query.sort());
        Position after = query.after() == null || query.after().isBlank() ? null
                : EventCursor.decode(query.after(), order);
        return sql.atomically(() -> {
            sql.update(CUSTOM_PLANS, p -> {
            });
            EventListing listing = new EventListing(query.filter(), order, lookups);
            if (listing.matchesNothing()) {
                return new Page<>(List.of(), query.page().page(), query.page().size(), 0, true, null);
            }
            SqlBuilder page = listing.page(query.page(), after);
            List<EventView> rows = sql.list(page.sql(), page.binder(), EventViews::map);
            return Pages.of(rows, query.page(), after != null, countCap, () -> count(listing.count(countCap)),
                    view -> EventCursor.encode(order, order.positionOf(view)));
        });
    }

    @Override
    public long served() {
        return listings.served();
    }

    @Override
    public long read() {
        return listings.read();
    }

    @Override
    public long held() {
        return listings.held();
    }

    @Override
    public Optional<EventView> find(EventId id) {
        SqlBuilder find = findStatement(id);
        return sql.one(find.sql(), find.binder(), EventViews::map);
    }

    @Override
    public Page<EventView> upcomingFor(UserId user, Instant now, PageRequest page) {
        return sql.atomically(() -> {
            SqlBuilder rows = upcoming(user, now, page);
            return Pages.of(sql.list(rows.sql(), rows.binder(), EventViews::map), page, false, Pages.NO_CAP,
                    () -> count(upcomingCount(user, now)), null);
        });
    }

    @Override
    public List<EventView> bookedBy(UserId user, Instant since, int limit) {
        return sql.list(BOOKED, p -> p.uuid(user.value()).instant(since).integer(limit), EventViews::map);
    }

    static SqlBuilder findStatement(EventId id) {
        return new SqlBuilder().append(FIND, p -> p.uuid(id.value()));
    }

    /** One page of upcoming events and one more row. */
    static SqlBuilder upcoming(UserId user, Instant now, PageRequest page) {
        return new SqlBuilder().append(UPCOMING,
                p -> p.uuid(user.value()).instant(now).integer(page.size() + 1).bigint(page.offset()));
    }

    static SqlBuilder upcomingCount(UserId user, Instant now) {
        return new SqlBuilder().append(UPCOMING_COUNT, p -> p.uuid(user.value()).instant(now));
    }

    private long count(SqlBuilder count) {
        return sql.one(count.sql(), count.binder(), row -> row.bigint("total")).orElseThrow();
    }
}
