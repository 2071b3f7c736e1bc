package io.eventboard.persistence.event;

import static io.eventboard.persistence.event.Filter.filter;

import io.eventboard.application.event.query.EventSort;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.persistence.event.EventOrder.Position;
import io.eventboard.persistence.jdbc.Explain;
import io.eventboard.persistence.jdbc.SqlBuilder;
import io.eventboard.persistence.testing.TestDatabase;
import io.eventboard.persistence.testing.UsesTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter, alone and in combinations, can be answered from an index: with sequential scans made unaffordable
 * ({@code enable_seqscan = off}) the plan of the generated listing and count SQL never scans events sequentially.
 * Where no index exists for a criterion the planner has no choice but a Seq Scan, so this needs no million rows.
 * The 1M-event figures are in bench/listing/RESULTS.md.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventListingIndexTest implements UsesTestDatabase {

    private static final Instant NOW = TestTime.NOW;
    private static final String SEQ_SCAN_ON_EVENTS = "Seq Scan on events";

    private Connection connection;

    static Map<String, Filter> filters() {
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("none", filter());
        filters.put("text", filter().text(FixedLookups.COMMON_TEXT));
        filters.put("rare text", filter().text("coroutines"));
        filters.put("city", filter().city("Berlin"));
        filters.put("venue", filter().venue(new VenueId(UUID.randomUUID())));
        filters.put("channel", filter().channel(new ChannelId(UUID.randomUUID())));
        filters.put("tags", filter().tags("kotlin", "java"));
        filters.put("one status", filter().statuses(EventStatus.SCHEDULED));
        filters.put("statuses", filter().statuses(EventStatus.COMPLETED, EventStatus.CANCELLED));
        filters.put("open", filter().open());
        filters.put("from", filter().from(NOW));
        filters.put("to", filter().to(NOW));
        filters.put("from-to", filter().from(NOW).to(NOW.plus(Duration.ofDays(7))));
        filters.put("free seats", filter().hasFreeSeats(true));
        filters.put("sold out", filter().hasFreeSeats(false));
        filters.put("min rating", filter().minRating(4.5));
        filters.put("organizer", filter().organizer(new UserId(UUID.randomUUID())));
        filters.put("city+tags+open", filter().city("Berlin").tags("kotlin").open());
        filters.put("text+status+min rating", filter().text("java").statuses(EventStatus.COMPLETED).minRating(4));
        filters.put("channel+free seats+from", filter().channel(new ChannelId(UUID.randomUUID())).hasFreeSeats(true)
                .from(NOW));
        filters.put("venue+organizer+to", filter().venue(new VenueId(UUID.randomUUID()))
                .organizer(new UserId(UUID.randomUUID())).to(NOW));
        filters.put("tags+statuses+sold out", filter().tags("jvm").statuses(EventStatus.SCHEDULED,
                EventStatus.ONGOING).hasFreeSeats(false));
        filters.put("open+from-to+text", filter().open().from(NOW).to(NOW.plus(Duration.ofDays(30))).text("rust"));
        return filters;
    }

    static Stream<Arguments> filtersAlone() {
        return filters().entrySet().stream().map(filter -> Arguments.of(Named.of(filter.getKey(), filter.getValue())));
    }

    static Stream<EventSort> sorts() {
        return Stream.of(EventSort.Key.values())
                .flatMap(key -> Stream.of(new EventSort(key, false), new EventSort(key, true)));
    }

    @BeforeAll
    void connect() throws SQLException {
        connection = TestDatabase.connect();
    }

    @AfterAll
    void disconnect() throws SQLException {
        connection.close();
    }

    /** The first page, a later offset page and a keyset page, in every order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("filtersAlone")
    void pagesNeverScanEventsSequentially(Filter filter) throws SQLException {
        SoftAssertions softly = new SoftAssertions();
        for (EventSort sort : sorts().toList()) {
            EventOrder order = EventOrder.of(sort);
            EventListing listing = new EventListing(filter.build(), order, FixedLookups.anything());
            assertIndexed(softly, listing.page(PageRequest.first(), null));
            assertIndexed(softly, listing.page(new PageRequest(3, 10), null));
            assertIndexed(softly, listing.page(PageRequest.first(), position(sort)));
        }
        softly.assertAll();
    }

    /**
     * The capped count too. Except the seats alone, "has free seats" or "sold out", which no index names by design
     * (a booking must stay a HOT update, V18): their count is a sequential scan that stops after cap + 1 matching
     * rows.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("filtersAlone")
    void theCappedCountNeverScansEventsSequentially(Filter filter) throws SQLException {
        SqlBuilder count = new EventListing(filter.build(), EventOrder.of(EventSort.DEFAULT), FixedLookups.anything()).count(10_000);
        SoftAssertions softly = new SoftAssertions();
        if (filter.build().equals(filter().hasFreeSeats(true).build())
                || filter.build().equals(filter().hasFreeSeats(false).build())) {
            softly.assertThat(plan(count)).containsSubsequence("Limit", SEQ_SCAN_ON_EVENTS);
        } else {
            assertIndexed(softly, count);
        }
        softly.assertAll();
    }

    private static Position position(EventSort sort) {
        UUID id = UUID.randomUUID();
        return new Position(switch (sort.key()) {
            case START -> List.of(NOW, id);
            case CREATED -> List.of(NOW, NOW, id);
            case RATING -> List.of(3.5, NOW, id);
            case STATUS -> List.of("ONGOING", NOW, id);
        });
    }

    private void assertIndexed(SoftAssertions softly, SqlBuilder statement) throws SQLException {
        String plan = plan(statement);
        softly.assertThat(plan).as("plan of%n%s%n%s", statement.sql(), plan).doesNotContain(SEQ_SCAN_ON_EVENTS);
    }

    private String plan(SqlBuilder statement) throws SQLException {
        return Explain.withoutSeqScan(connection, statement);
    }
}
