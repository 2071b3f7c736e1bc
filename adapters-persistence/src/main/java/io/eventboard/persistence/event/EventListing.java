package io.eventboard.persistence.event;

import io.eventboard.application.event.query.EventFilter;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.persistence.event.EventOrder.Position;
import io.eventboard.persistence.jdbc.Sql;
import io.eventboard.persistence.jdbc.SqlBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The SQL of one event listing: a WHERE clause built from the filter, one method per criterion, each adding a
 * fixed condition and the binder of its values; then either one page of rows or a capped count. Every condition
 * is written so that an index of V1, V2 or V4 can serve it (see V4__listing_indexes.sql).
 */
final class EventListing {

    /**
     * Names a filter gives that the listing turns into ids before it plans the listing: with the ids as values
     * PostgreSQL estimates from its statistics how many events have them (a popular tag is on a quarter of all
     * events, a rare one on a few), where a join from the name would make it assume an average tag or city.
     */
    interface Lookups {

        /** The venues in the city, ignoring case (venues_city_idx). */
        List<UUID> venuesIn(String city);

        /** The ids of the tags that exist among the names. */
        List<UUID> tagIds(Set<String> names);

        /**
         * How many titles contain the pattern (a LIKE pattern, {@link #escapeLike escaped}), ignoring case, counting
         * no further than {@code cap + 1}.
         */
        long titlesContaining(String pattern, int cap);
    }

    /**
     * Up to this many matching titles a text counts as rare: the listing reads the matches first, from the trigram
     * index, and sorts them. A more common text is checked row by row while the listing walks its order, where ten
     * matches are never far.
     */
    static final int RARE_TEXT = 2_000;

    private final EventOrder order;
    private final List<SqlBuilder> conditions = new ArrayList<>();
    /** Several statuses: each is read as a branch of its own (see {@link #page}). */
    private final List<String> statusBranches = new ArrayList<>();
    private boolean matchesNothing;
    /** The title condition as the count reads it, and where the title condition is among the conditions. */
    private SqlBuilder textForCount;
    private int textAt;

    EventListing(EventFilter filter, EventOrder order, Lookups lookups) {
        this.order = order;
        text(filter.text(), lookups);
        city(filter.city(), lookups);
        venue(filter.venue());
        channel(filter.channel());
        tags(filter.tags(), lookups);
        statuses(filter.statuses());
        open(filter.open());
        from(filter.from());
        to(filter.to());
        freeSeats(filter.hasFreeSeats());
        minRating(filter.minRating());
        organizer(filter.organizer());
    }

    /** True when a city or the tags name nothing that exists: no event can match, no query is needed. */
    boolean matchesNothing() {
        return matchesNothing;
    }

    /**
     * The events of one page and one more (whose presence says a next page exists), with venue, channel,
     * organizer and tags joined to just those rows. After a cursor the page continues strictly after its
     * position and the offset is ignored.
     */
    SqlBuilder page(PageRequest page, Position after) {
        List<SqlBuilder> all = new ArrayList<>(conditions);
        if (after != null) {
            all.add(order.after(after));
        }
        long skip = after == null ? page.offset() : 0;
        SqlBuilder rows = statusBranches.isEmpty() ? rows(all) : new SqlBuilder()
                .append("SELECT e.* FROM (").append(branches(all, skip + page.size() + 1)).append(") e")
                .append(order.orderBy());
        rows.append("LIMIT ?", p -> p.integer(page.size() + 1));
        if (after == null) {
            rows.append("OFFSET ?", p -> p.bigint(skip));
        }
        return new SqlBuilder().append("SELECT " + EventViews.COLUMNS + "FROM (").append(rows).append(") e")
                .append(EventViews.JOINS).append(order.orderBy());
    }

    /**
     * How many events match, counting no further than {@code cap + 1} rows: more than cap is all it tells. A count
     * has no order to walk, so a text is a semi-join here, and the planner picks the side to start from (with
     * another selective criterion, that one: thousands of primary-key lookups cost more).
     */
    SqlBuilder count(long cap) {
        List<SqlBuilder> all = new ArrayList<>(conditions);
        if (textForCount != null) {
            all.set(textAt, textForCount);
        }
        if (!statusBranches.isEmpty()) {
            all.add(new SqlBuilder().append("e.status = ANY (?)", p -> p.texts(statusBranches)));
        }
        SqlBuilder rows = new SqlBuilder().append("SELECT 1 FROM events e");
        appendWhere(rows, all);
        rows.append("LIMIT ?", p -> p.bigint(cap + 1));
        return new SqlBuilder().append("SELECT count(*) AS total FROM (").append(rows).append(") capped");
    }

    private SqlBuilder rows(List<SqlBuilder> conditions) {
        SqlBuilder rows = new SqlBuilder().append("SELECT e.* FROM events e");
        appendWhere(rows, conditions);
        return rows.append(order.orderBy());
    }

    /**
     * One ordered, limited branch per status, merged: {@code (… status = 'SCHEDULED' … LIMIT n) UNION ALL (…
     * status = 'ONGOING' … LIMIT n)}. Each branch is one range of a status index (events_status_*_idx) read in
     * order, where a single scan with {@code status = ANY (…)} would walk the plain order index and skip every
     * event of the other statuses (live events sorted by creation pass all past events first).
     */
    private SqlBuilder branches(List<SqlBuilder> conditions, long limit) {
        SqlBuilder union = new SqlBuilder();
        String glue = "(";
        for (String status : statusBranches) {
            List<SqlBuilder> branch = new ArrayList<>(conditions);
            branch.add(new SqlBuilder().append("e.status = ?", p -> p.text(status)));
            union.append(glue).append(rows(branch)).append("LIMIT ?", p -> p.bigint(limit)).append(")");
            glue = "UNION ALL (";
        }
        return union;
    }

    // One method per criterion. A null or empty criterion adds nothing.

    /**
     * Title contains the text, ignoring case; the user's {@code %}, {@code _} and {@code \\} match literally. The
     * trigram index is on the lowered copy of the titles in event_titles (V12), which an update of an event's
     * status or seats never touches. A rare text becomes the set of its events, read once from that index
     * ({@code e.id = ANY (ARRAY(…))}: primary-key lookups, then the sort); a common one a filter on the title
     * (a probe of event_titles per row would cost more than the walk itself). Looked up before planning, as the
     * city and the tags are: PostgreSQL cannot tell a word in a thousand titles from one in thirty thousand.
     */
    private void text(String text, Lookups lookups) {
        if (text != null && !text.isBlank()) {
            String literal = escapeLike(text.strip());
            long matches = lookups.titlesContaining(literal, RARE_TEXT);
            matchesNothing |= matches == 0;
            textAt = conditions.size();
            textForCount = new SqlBuilder().append("EXISTS (SELECT 1 FROM event_titles t WHERE t.event_id = e.id "
                    + "AND t.title LIKE ('%' || lower(?) || '%'))", p -> p.text(literal));
            if (matches > RARE_TEXT) {
                where("lower(e.title) LIKE ('%' || lower(?) || '%')", p -> p.text(literal));
            } else {
                where("e.id = ANY (ARRAY(SELECT t.event_id FROM event_titles t "
                        + "WHERE t.title LIKE ('%' || lower(?) || '%')))", p -> p.text(literal));
            }
        }
    }

    /** The venue's city, ignoring case: one of the city's venues (events_venue_start_idx). */
    private void city(String city, Lookups lookups) {
        if (city != null && !city.isBlank()) {
            List<UUID> venues = lookups.venuesIn(city.strip());
            matchesNothing |= venues.isEmpty();
            where("e.venue_id = ANY (?)", p -> p.uuids(venues));
        }
    }

    private void venue(VenueId venue) {
        if (venue != null) {
            where("e.venue_id = ?", p -> p.uuid(venue.value()));
        }
    }

    private void channel(ChannelId channel) {
        if (channel != null) {
            where("e.channel_id = ?", p -> p.uuid(channel.value()));
        }
    }

    /**
     * Any of the tags (names arrive normalized, as stored). The planner either walks the order and probes
     * event_tags_pkey per event (a popular tag), or starts from event_tags_tag_event_idx (a rare one).
     */
    private void tags(Set<String> tags, Lookups lookups) {
        if (!tags.isEmpty()) {
            List<UUID> ids = lookups.tagIds(new TreeSet<>(tags));
            matchesNothing |= ids.isEmpty();
            where("EXISTS (SELECT 1 FROM event_tags et WHERE et.event_id = e.id AND et.tag_id = ANY (?))",
                    p -> p.uuids(ids));
        }
    }

    /**
     * One status is an equality, so that the planner reads a status index (events_status_*_idx) already in the
     * listing's order; several become branches of the page, one per status, and a set in the count.
     */
    private void statuses(Set<EventStatus> statuses) {
        if (statuses.size() == 1) {
            String status = statuses.iterator().next().name();
            where("e.status = ?", p -> p.text(status));
        } else {
            statuses.stream().map(EventStatus::name).sorted().forEach(statusBranches::add);
        }
    }

    /**
     * Scheduled, with a free seat: the status indexes (events_status_*_idx) find the scheduled events in the
     * listing's order, and the seat check skips the few that are full. No index names the seats, so that a
     * booking stays a HOT update (V18).
     */
    private void open(boolean open) {
        if (open) {
            where("e.status = 'SCHEDULED' AND e.seats_booked < e.capacity");
        }
    }

    private void from(Instant from) {
        if (from != null) {
            where("e.starts_at >= ?", p -> p.instant(from));
        }
    }

    private void to(Instant to) {
        if (to != null) {
            where("e.starts_at <= ?", p -> p.instant(to));
        }
    }

    /**
     * No index names the seats (V18: a booking must stay a HOT update), so either way the listing walks its sort
     * index and checks the seats of each event it passes.
     */
    private void freeSeats(Boolean hasFreeSeats) {
        if (hasFreeSeats != null) {
            where(hasFreeSeats ? "e.seats_booked < e.capacity" : "e.seats_booked >= e.capacity");
        }
    }

    /**
     * The average is the stored column rating_avg (0 when unrated, so a minimum of 0 keeps every event). Above 0
     * only rated events match, and only completed events are ever rated (the schema checks it:
     * events_rated_only_when_completed); saying so lets the planner use the status indexes in every order,
     * instead of walking past all future events, which are unrated, when sorting by start or creation.
     */
    private void minRating(Double minRating) {
        if (minRating != null) {
            double least = minRating;
            where("e.rating_avg >= ?", p -> p.float8(least));
            if (least > 0) {
                where("e.status = 'COMPLETED'");
            }
        }
    }

    private void organizer(UserId organizer) {
        if (organizer != null) {
            where("e.organizer_id = ?", p -> p.uuid(organizer.value()));
        }
    }

    private void where(String condition) {
        conditions.add(new SqlBuilder().append(condition));
    }

    private void where(String condition, Sql.Binder binder) {
        conditions.add(new SqlBuilder().append(condition, binder));
    }

    private static void appendWhere(SqlBuilder statement, List<SqlBuilder> conditions) {
        String keyword = "WHERE";
        for (SqlBuilder condition : conditions) {
            statement.append(keyword).append(condition);
            keyword = "AND";
        }
    }

    /** Makes LIKE match the text literally: backslash is PostgreSQL's default LIKE escape character. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
