package io.eventboard.application.event.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.booking.query.BookingView;
import io.eventboard.application.booking.query.ListMyBookings;
import io.eventboard.application.rating.query.ListRatings;
import io.eventboard.application.rating.query.RatingView;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The read-side use cases hand their questions to read ports; these tests pin what they add on top: the count
 * cap, "not found" for unknown events, and the clock's "now" for upcoming events.
 */
class ReadSideUseCasesTest {

    /** A catalog over a map, remembering what it was asked. */
    private static final class MapCatalog implements EventCatalog {
        final Map<UUID, EventView> views = new HashMap<>();
        final List<Object> asked = new ArrayList<>();

        @Override
        public Page<EventView> search(EventQuery query, long countCap) {
            asked.add(countCap);
            List<EventView> all = List.copyOf(views.values());
            return new Page<>(all, query.page().page(), query.page().size(), Math.min(all.size(), countCap),
                    all.size() <= countCap);
        }

        @Override
        public Optional<EventView> find(EventId id) {
            return Optional.ofNullable(views.get(id.value()));
        }

        @Override
        public Page<EventView> upcomingFor(UserId user, Instant now, PageRequest page) {
            asked.add(now);
            return new Page<>(List.of(), page.page(), page.size(), 0, true);
        }
    }

    private final MapCatalog catalog = new MapCatalog();
    private final EventView view = new EventView(UUID.randomUUID(), "Meetup", "", TestTime.NOW, null, 10,
            EventStatus.SCHEDULED, 3, 4.5, 2, null, null, new EventView.OrganizerRef(UUID.randomUUID(), "ann"),
            List.of("java"), false, TestTime.NOW, TestTime.NOW, 1, WaitlistPolicy.DEFAULT, null);

    @Test
    void listingAsksTheCatalogWithTheConfiguredCountCap() {
        catalog.views.put(view.id(), view);
        EventQuery query = new EventQuery(EventFilter.NONE, EventSort.DEFAULT, PageRequest.first(), null);

        Page<EventView> page = new ListEvents(catalog, 1).list(query);

        assertThat(catalog.asked).containsExactly(1L);
        assertThat(page.items()).containsExactly(view);
        assertThatThrownBy(() -> new ListEvents(catalog, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showingAnUnknownEventIsRefusedAsNotFound() {
        catalog.views.put(view.id(), view);

        assertThat(new ShowEvent(catalog).show(new EventId(view.id())).value()).isEqualTo(view);
        assertThat(new ShowEvent(catalog).show(new EventId(UUID.randomUUID())).rejection())
                .isEqualTo(EventRefusals.NOT_FOUND);
        assertThat(view.seatsFree()).isEqualTo(7);
    }

    @Test
    void upcomingEventsAreThoseAfterTheClocksNow() {
        new MyUpcomingEvents(catalog, TestTime.fixedClock()).of(new UserId(UUID.randomUUID()), PageRequest.first());

        assertThat(catalog.asked).containsExactly(TestTime.NOW);
    }

    @Test
    void ratingsOfAnUnknownEventAreRefusedAndOfAKnownOneListed() {
        catalog.views.put(view.id(), view);
        RatingView rating = new RatingView(view.id(), UUID.randomUUID(), "bo", 5, "great", TestTime.NOW, TestTime.NOW);
        ListRatings ratings = new ListRatings(catalog,
                (event, page) -> new Page<>(List.of(rating), page.page(), page.size(), 1, true));

        assertThat(ratings.of(new EventId(view.id()), PageRequest.first()).value().items()).containsExactly(rating);
        assertThat(ratings.of(new EventId(UUID.randomUUID()), PageRequest.first()).rejection())
                .isEqualTo(EventRefusals.NOT_FOUND);
    }

    @Test
    void myBookingsAreAskedForTheCallerOnly() {
        UserId me = new UserId(UUID.randomUUID());
        BookingView booking = new BookingView(UUID.randomUUID(), view.id(), me.value(), BookingStatus.ACTIVE,
                TestTime.NOW, null, "Meetup", TestTime.NOW);
        ListMyBookings bookings = new ListMyBookings((user, page) -> new Page<>(
                user.equals(me) ? List.of(booking) : List.of(), page.page(), page.size(), 1, true));

        assertThat(bookings.of(me, PageRequest.first()).items()).containsExactly(booking);
        assertThat(bookings.of(new UserId(UUID.randomUUID()), PageRequest.first()).items()).isEmpty();
    }

    @Test
    void sortsParseWithAnOptionalMinusAndRefuseUnknownKeysNamingSort() {
        assertThat(EventSort.parse("-rating")).isEqualTo(new EventSort(EventSort.Key.RATING, true));
        assertThat(EventSort.parse("created").toString()).isEqualTo("created");
        assertThat(EventSort.parse(null)).isEqualTo(EventSort.DEFAULT);
        assertThatThrownBy(() -> EventSort.parse("price"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("sort"));
    }

    @Test
    void filtersNormalizeTagsAndRefuseImpossibleRanges() {
        EventFilter filter = new EventFilter(null, null, null, null, Set.of(" Java "), null, false, null, null, null,
                null, null);
        assertThat(filter.tags()).containsExactly("java");
        assertThat(filter.statuses()).isEmpty();
        assertThatThrownBy(() -> new EventFilter(null, null, null, null, null, null, false, TestTime.NOW,
                TestTime.NOW.minusSeconds(1), null, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> new EventFilter(null, null, null, null, null, null, false, null, null, null, 6.0,
                null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new EventQuery(EventFilter.NONE, EventSort.DEFAULT, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
