package io.eventboard.persistence.event;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.minutes;
import static io.eventboard.persistence.event.Filter.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.event.query.EventCatalog;
import io.eventboard.application.event.query.EventFilter;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventSort;
import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sorts, offset pages, keyset pages and the capped count, on 15 events whose sort values tie in groups (three
 * start times, three creation times, two averages and "unrated", four statuses), so that only the id can order a
 * group.
 * Ids are random UUIDs: half of them have the top bit set, which catches a signed comparison of ids.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventListingOrderTest extends DatabaseTest {

    private static final EventStatus[] STATUSES = {
        EventStatus.SCHEDULED, EventStatus.ONGOING, EventStatus.COMPLETED, EventStatus.CANCELLED};
    /** Only completed events are rated: 4.0, 2.33, 4.0, 4.0 for the four of them, 0 for the others. */
    private static final long[][] RATINGS = {{2, 8}, {3, 7}, {1, 4}};

    @Inject
    EventCatalog catalog;
    @Inject
    Given given;

    private final List<Event> stored = new ArrayList<>();

    @BeforeEach
    void fifteenEventsWithTies() {
        stored.clear();
        for (int i = 0; i < 15; i++) {
            EventStatus status = STATUSES[i % 4];
            long[] rating = status == EventStatus.COMPLETED ? RATINGS[(i / 4) % RATINGS.length] : new long[] {0, 0};
            stored.add(given.event(anEvent().titled("Event " + i).startingIn(Duration.ofDays(1 + i % 3))
                    .createdAgo(minutes(10L * (1 + (i / 3) % 3))).inStatus(status)
                    .ratedBy(rating[0], rating[1])));
        }
    }

    static Stream<EventSort> sorts() {
        return Stream.of(EventSort.Key.values())
                .flatMap(key -> Stream.of(new EventSort(key, false), new EventSort(key, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sorts")
    void eachSortOrdersAsAskedWithTiesBrokenById(EventSort sort) {
        List<UUID> listed = ids(catalog.search(query(EventFilter.NONE, sort, 1, 100, null), 1000));

        assertThat(listed).containsExactlyElementsOf(expected(sort));
    }

    @Test
    void statusOrdersByNameThenStart() {
        List<EventView> listed = catalog.search(query(EventFilter.NONE, EventSort.parse("status"), 1, 100, null),
                1000).items();

        assertThat(listed).extracting(EventView::status).startsWith(EventStatus.CANCELLED)
                .endsWith(EventStatus.SCHEDULED);
        assertThat(listed.subList(0, 3)).extracting(EventView::startsAt).isSorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sorts")
    void offsetPagesCutTheOrderIntoConsecutivePieces(EventSort sort) {
        List<UUID> walked = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            Page<EventView> result = catalog.search(query(EventFilter.NONE, sort, page, 4, null), 1000);
            assertThat(result.total()).isEqualTo(15);
            assertThat(result.totalExact()).isTrue();
            assertThat(result.page()).isEqualTo(page);
            assertThat(result.size()).isEqualTo(4);
            assertThat(result.nextCursor() == null).as("a cursor exactly when more follow").isEqualTo(page == 4);
            walked.addAll(ids(result));
        }

        assertThat(walked).containsExactlyElementsOf(expected(sort));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sorts")
    void walkingWithCursorsYieldsTheSameSequenceAsOffsetPaging(EventSort sort) {
        List<UUID> byOffset = new ArrayList<>();
        for (int page = 1; page <= 8; page++) {
            byOffset.addAll(ids(catalog.search(query(EventFilter.NONE, sort, page, 2, null), 1000)));
        }

        List<UUID> byCursor = walk(EventFilter.NONE, sort, 2);

        assertThat(byCursor).containsExactlyElementsOf(byOffset).hasSize(15);
    }

    /** Several statuses are read as one branch per status, merged: the order must still be the whole order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sorts")
    void severalStatusesKeepTheOrderInOffsetAndKeysetPages(EventSort sort) {
        EventFilter scheduledOrCompleted = filter().statuses(EventStatus.SCHEDULED, EventStatus.COMPLETED).build();
        List<UUID> expected = expected(sort, EnumSet.of(EventStatus.SCHEDULED, EventStatus.COMPLETED));

        List<UUID> byOffset = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Page<EventView> result = catalog.search(query(scheduledOrCompleted, sort, page, 3, null), 1000);
            assertThat(result.total()).isEqualTo(8);
            byOffset.addAll(ids(result));
        }

        assertThat(byOffset).containsExactlyElementsOf(expected).hasSize(8);
        assertThat(walk(scheduledOrCompleted, sort, 3)).containsExactlyElementsOf(expected);
        assertThat(ids(catalog.search(query(scheduledOrCompleted, sort, 1, 100, null), 1000)))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aCursorIgnoresThePageNumberAndTheTotalCountsTheWholeListing() {
        Page<EventView> first = catalog.search(query(EventFilter.NONE, EventSort.DEFAULT, 1, 5, null), 1000);

        Page<EventView> fromPageOne = catalog.search(
                query(EventFilter.NONE, EventSort.DEFAULT, 1, 5, first.nextCursor()), 1000);
        Page<EventView> fromPageThree = catalog.search(
                query(EventFilter.NONE, EventSort.DEFAULT, 3, 5, first.nextCursor()), 1000);

        assertThat(ids(fromPageThree)).isEqualTo(ids(fromPageOne)).hasSize(5);
        assertThat(ids(fromPageOne)).isEqualTo(expected(EventSort.DEFAULT).subList(5, 10));
        assertThat(fromPageOne.total()).isEqualTo(15);
        assertThat(fromPageOne.totalExact()).isTrue();
    }

    @Test
    void aCursorOfTheLastItemAnswersAnEmptyPage() {
        Page<EventView> first = catalog.search(query(EventFilter.NONE, EventSort.DEFAULT, 1, 14, null), 1000);
        Page<EventView> last = catalog.search(query(EventFilter.NONE, EventSort.DEFAULT, 1, 14, first.nextCursor()),
                1000);

        assertThat(last.items()).hasSize(1);
        assertThat(last.nextCursor()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor!", "%%%", "c3RhcnQ", "c3RhcnR8eHx5", "AAAA", "////", "_-_-"})
    void aMalformedCursorIsInvalidInputOnAfter(String cursor) {
        assertThatThrownBy(() -> catalog.search(query(EventFilter.NONE, EventSort.DEFAULT, 1, 5, cursor), 1000))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                    assertThat(invalid.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("after");
                        assertThat(error.message()).isEqualTo("is not a cursor from this listing");
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "start|2026-06-02T10:00:00Z",
        "start|2026-06-02T10:00:00Z|0190c7a2-0000-7000-8000-000000000000|extra",
        "start|yesterday|0190c7a2-0000-7000-8000-000000000000",
        "start|2026-06-02T10:00:00Z|not-a-uuid",
        "start|2026-06-02T10:00:00Z|1-1-1-1-1",
        "start|+1000000-01-01T00:00:00Z|0190c7a2-0000-7000-8000-000000000000",
        "rating|2026-06-02T10:00:00Z|0190c7a2-0000-7000-8000-000000000000",
        "created|2026-06-02T10:00:00Z|0190c7a2-0000-7000-8000-000000000000",
        "-start|2026-06-02T10:00:00Z|0190c7a2-0000-7000-8000-000000000000",
        "START|2026-06-02T10:00:00Z|0190c7a2-0000-7000-8000-000000000000",
    })
    void aCursorThatDecodesButDoesNotFitThisListingIsRefused(String text) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> catalog.search(query(EventFilter.NONE, EventSort.DEFAULT, 1, 5, cursor), 1000))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("after is not a cursor from this listing");
    }

    @Test
    void aCursorOfOneSortIsRefusedByAnother() {
        String byRating = catalog.search(query(EventFilter.NONE, EventSort.parse("-rating"), 1, 2, null), 1000)
                .nextCursor();

        assertThat(byRating).isNotNull();
        assertThatThrownBy(() -> catalog.search(query(EventFilter.NONE, EventSort.parse("rating"), 1, 2, byRating),
                1000)).isInstanceOf(InvalidInput.class);
        assertThat(catalog.search(query(EventFilter.NONE, EventSort.parse("-rating"), 1, 2, byRating), 1000).items())
                .hasSize(2);
    }

    @Test
    void aRatingCursorOutOfRangeIsRefused() {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "rating|7.0|2026-06-02T10:00:00Z|0190c7a2-0000-7000-8000-000000000000".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> catalog.search(query(EventFilter.NONE, EventSort.parse("rating"), 1, 2, cursor),
                1000)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aBlankCursorMeansNone() {
        Page<EventView> page = catalog.search(query(EventFilter.NONE, EventSort.DEFAULT, 2, 5, " "), 1000);

        assertThat(ids(page)).isEqualTo(expected(EventSort.DEFAULT).subList(5, 10));
    }

    @Test
    void theCountStopsAtTheCap() {
        EventFilter eight = filter().statuses(EventStatus.SCHEDULED, EventStatus.ONGOING).build();

        Page<EventView> capped = catalog.search(query(eight, EventSort.DEFAULT, 1, 2, null), 5);
        assertThat(capped.total()).isEqualTo(5);
        assertThat(capped.totalExact()).isFalse();
        assertThat(capped.items()).hasSize(2);

        Page<EventView> cappedWithoutCountQuery = catalog.search(query(eight, EventSort.DEFAULT, 1, 10, null), 5);
        assertThat(cappedWithoutCountQuery.items()).hasSize(8);
        assertThat(cappedWithoutCountQuery.total()).isEqualTo(5);
        assertThat(cappedWithoutCountQuery.totalExact()).isFalse();

        Page<EventView> atTheCap = catalog.search(query(eight, EventSort.DEFAULT, 1, 2, null), 8);
        assertThat(atTheCap.total()).isEqualTo(8);
        assertThat(atTheCap.totalExact()).isTrue();
    }

    @Test
    void belowTheCapTheCountIsExact() {
        EventFilter three = filter().statuses(EventStatus.CANCELLED).build();

        Page<EventView> page = catalog.search(query(three, EventSort.DEFAULT, 1, 2, null), 5);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totalExact()).isTrue();
        assertThat(page.nextCursor()).isNotNull();
    }

    @Test
    void aPagePastTheEndIsEmptyAndStillCounts() {
        Page<EventView> page = catalog.search(query(EventFilter.NONE, EventSort.DEFAULT, 9, 2, null), 1000);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(15);
        assertThat(page.totalExact()).isTrue();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void aLastOffsetPageKnowsTheTotalWithoutCounting() {
        Page<EventView> page = catalog.search(query(EventFilter.NONE, EventSort.DEFAULT, 4, 4, null), 1000);

        assertThat(page.items()).hasSize(3);
        assertThat(page.total()).isEqualTo(15);
        assertThat(page.totalExact()).isTrue();
    }

    private List<UUID> walk(EventFilter filter, EventSort sort, int size) {
        List<UUID> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Page<EventView> page = catalog.search(query(filter, sort, 1, size, after), 1000);
            walked.addAll(ids(page));
            after = page.nextCursor();
            pages++;
            assertThat(pages).as("the walk ends").isLessThan(100);
        } while (after != null);
        return walked;
    }

    private List<UUID> expected(EventSort sort) {
        return expected(sort, EnumSet.allOf(EventStatus.class));
    }

    /** The order computed in Java from the stored events; ids compare as PostgreSQL does (unsigned bytes). */
    private List<UUID> expected(EventSort sort, Set<EventStatus> statuses) {
        Comparator<Event> byKey = switch (sort.key()) {
            case START -> Comparator.comparing(Event::startsAt);
            case CREATED -> Comparator.comparing(Event::createdAt).thenComparing(Event::startsAt);
            case RATING -> Comparator.<Event>comparingDouble(event -> event.ratings().average())
                    .thenComparing(Event::startsAt);
            case STATUS -> Comparator.<Event, String>comparing(event -> event.status().name())
                    .thenComparing(Event::startsAt);
        };
        Comparator<Event> order = byKey.thenComparing(event -> event.id().value().toString());
        return stored.stream().filter(event -> statuses.contains(event.status()))
                .sorted(sort.descending() ? order.reversed() : order)
                .map(event -> event.id().value()).toList();
    }

    private static EventQuery query(EventFilter filter, EventSort sort, int page, int size, String after) {
        return new EventQuery(filter, sort, new PageRequest(page, size), after);
    }

    private static List<UUID> ids(Page<EventView> page) {
        return page.items().stream().map(EventView::id).toList();
    }
}
