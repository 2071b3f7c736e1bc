package io.eventboard.persistence.event;

import static io.eventboard.persistence.event.Filter.filter;
import static io.eventboard.persistence.jdbc.BenchQueries.seededId;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.query.EventSort;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.persistence.event.EventOrder.Position;
import io.eventboard.persistence.jdbc.BenchQueries;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writes the listing SQL of every benchmarked filter and sort, with values that fit bench/listing/seed-1m-events.sql
 * (its ids are md5 of names such as {@code venue-1}; its "now" is {@link TestTime#NOW}), to
 * target/bench/listing-queries.sql. Needs no database; bench/listing/explain-listing.sh runs the file.
 */
class ListingSqlDumpTest {

    static final Path OUTPUT = Path.of("target", "bench", "listing-queries.sql");

    private static final Instant NOW = TestTime.NOW;
    private static final long COUNT_CAP = 10_000;

    /** The seed's Berlin venues (venue-1, venue-41, …) and the positions of the tags used here in its tag list. */
    private static final FixedLookups SEED = new FixedLookups(
            Map.of("Berlin", IntStream.range(0, 50).mapToObj(i -> seededId("venue-" + (1 + 40 * i))).toList()),
            Map.of("music", seededId("tag-1"), "kotlin", seededId("tag-3"), "java", seededId("tag-4"),
                    "chess", seededId("tag-59"), "origami", seededId("tag-60")),
            Set.of("kotlin", "java", "rust"));

    static Map<String, Filter> benchFilters() {
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("none", filter());
        filters.put("text common (kotlin, ~3%)", filter().text("kotlin"));
        filters.put("text rare (coroutines, ~0.1%)", filter().text("coroutines"));
        filters.put("city (Berlin, ~2.5%)", filter().city("Berlin"));
        filters.put("venue (~500 events)", filter().venue(new VenueId(seededId("venue-1"))));
        filters.put("channel popular (~10%)", filter().channel(new ChannelId(seededId("channel-1"))));
        filters.put("channel rare", filter().channel(new ChannelId(seededId("channel-250"))));
        filters.put("tags common (music)", filter().tags("music"));
        filters.put("tags rare (2 of the tail)", filter().tags("origami", "chess"));
        filters.put("status scheduled", filter().statuses(EventStatus.SCHEDULED));
        filters.put("status ongoing (rare)", filter().statuses(EventStatus.ONGOING));
        filters.put("statuses completed+cancelled", filter().statuses(EventStatus.COMPLETED, EventStatus.CANCELLED));
        filters.put("open", filter().open());
        filters.put("from now", filter().from(NOW));
        filters.put("to now", filter().to(NOW));
        filters.put("from-to one week", filter().from(NOW).to(NOW.plus(Duration.ofDays(7))));
        filters.put("has free seats", filter().hasFreeSeats(true));
        filters.put("sold out", filter().hasFreeSeats(false));
        filters.put("min rating 4.5", filter().minRating(4.5));
        filters.put("organizer heavy (user-1)", filter().organizer(new UserId(seededId("user-1"))));
        filters.put("organizer typical (user-3000)", filter().organizer(new UserId(seededId("user-3000"))));
        filters.put("city+tags+open", filter().city("Berlin").tags("music").open());
        filters.put("text+completed+min rating 4", filter().text("java").statuses(EventStatus.COMPLETED).minRating(4));
        filters.put("channel+free seats+from", filter().channel(new ChannelId(seededId("channel-1"))).hasFreeSeats(true)
                .from(NOW));
        filters.put("venue+organizer+to", filter().venue(new VenueId(seededId("venue-1")))
                .organizer(new UserId(seededId("user-1"))).to(NOW));
        filters.put("tags+scheduled/ongoing+sold out", filter().tags("kotlin").statuses(EventStatus.SCHEDULED,
                EventStatus.ONGOING).hasFreeSeats(false));
        filters.put("open+next 30 days+text", filter().open().from(NOW).to(NOW.plus(Duration.ofDays(30)))
                .text("rust"));
        return filters;
    }

    static List<EventSort> sorts() {
        return Stream.of(EventSort.Key.values())
                .flatMap(key -> Stream.of(new EventSort(key, false), new EventSort(key, true))).toList();
    }

    @Test
    void writesTheBenchmarkQueries() throws Exception {
        BenchQueries queries = new BenchQueries();
        for (Map.Entry<String, Filter> entry : benchFilters().entrySet()) {
            String name = entry.getKey();
            for (EventSort sort : sorts()) {
                EventOrder order = EventOrder.of(sort);
                EventListing listing = new EventListing(entry.getValue().build(), order, SEED);
                queries.add(label(name, sort, "page 1"), listing.page(PageRequest.first(), null));
                if (sort.equals(EventSort.DEFAULT) || sort.equals(EventSort.parse("-rating"))) {
                    queries.add(label(name, sort, "page 100 (offset 990)"), listing.page(new PageRequest(100, 10), null));
                    queries.add(label(name, sort, "keyset page"), listing.page(PageRequest.first(), middle(sort)));
                }
            }
            queries.add(label(name, EventSort.DEFAULT, "count cap " + COUNT_CAP),
                    new EventListing(entry.getValue().build(), EventOrder.of(EventSort.DEFAULT), SEED).count(COUNT_CAP));
        }
        UserId heavy = new UserId(seededId("user-1"));
        UserId typical = new UserId(seededId("user-50000"));
        for (UserId user : List.of(heavy, typical)) {
            String who = user.equals(heavy) ? "heavy booker (user-1)" : "typical booker (user-50000)";
            queries.add("upcoming | " + who + " | page 1",
                    PostgresEventCatalog.upcoming(user, NOW, PageRequest.first()));
            queries.add("upcoming | " + who + " | count", PostgresEventCatalog.upcomingCount(user, NOW));
        }
        queries.add("find | event-1 | one event", PostgresEventCatalog.findStatement(new EventId(seededId("event-1"))));
        queries.write(OUTPUT);

        assertThat(queries.size()).isGreaterThan(benchFilters().size() * sorts().size());
    }

    /** A position in the middle of the seeded catalog, where a keyset page starts. */
    private static Position middle(EventSort sort) {
        return new Position(switch (sort.key()) {
            case START -> List.of(NOW, seededId("event-500000"));
            case CREATED -> List.of(NOW, NOW, seededId("event-500000"));
            case RATING -> List.of(3.5, NOW, seededId("event-500000"));
            case STATUS -> List.of("COMPLETED", NOW.minus(Duration.ofDays(30)), seededId("event-500000"));
        });
    }

    private static String label(String filter, EventSort sort, String what) {
        return filter + " | " + sort + " | " + what;
    }
}
