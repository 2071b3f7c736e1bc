package io.eventboard.persistence.booking;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.booking.query.BookingHistory;
import io.eventboard.application.booking.query.BookingView;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingStatus;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresBookingHistoryTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    BookingHistory history;
    @Inject
    Bookings bookings;
    @Inject
    Given given;

    @Test
    void listsTheUsersBookingsActiveAndCancelledNewestFirstWithTheEvent() {
        UserId bob = given.user("bob");
        UserId carol = given.user("carol");
        Event kotlin = given.event(anEvent().titled("Kotlin meetup").startingIn(hours(24)));
        Event java = given.event(anEvent().titled("Java meetup").startingIn(hours(48)));
        Booking older = book(java, bob, NOW.minus(hours(5)));
        Booking cancelled = new Booking(new BookingId(UUID.randomUUID()), kotlin.id(), bob, BookingStatus.CANCELLED,
                NOW.minus(hours(3)), NOW.minus(hours(2)));
        bookings.add(cancelled);
        Booking newer = book(kotlin, bob, NOW.minus(hours(1)));
        book(kotlin, carol, NOW);

        Page<BookingView> page = history.of(bob, PageRequest.first());

        assertThat(page.items()).extracting(BookingView::id)
                .containsExactly(newer.id().value(), cancelled.id().value(), older.id().value());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totalExact()).isTrue();
        BookingView shown = page.items().get(1);
        assertThat(shown).isEqualTo(new BookingView(cancelled.id().value(), kotlin.id().value(), bob.value(),
                BookingStatus.CANCELLED, NOW.minus(hours(3)), NOW.minus(hours(2)), "Kotlin meetup",
                kotlin.startsAt()));
        assertThat(page.items().get(0).status()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(page.items().get(0).cancelledAt()).isNull();
    }

    @Test
    void bookingsMadeAtTheSameInstantAreOrderedById() {
        UserId bob = given.user("bob");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(book(given.event(anEvent()), bob, NOW).id().value());
        }

        List<UUID> listed = history.of(bob, PageRequest.first()).items().stream().map(BookingView::id).toList();

        assertThat(listed).containsExactlyElementsOf(
                ids.stream().sorted((a, b) -> b.toString().compareTo(a.toString())).toList());
    }

    @Test
    void pagesWithAnExactCount() {
        UserId bob = given.user("bob");
        List<UUID> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, book(given.event(anEvent()), bob, NOW.minus(hours(10 - i))).id().value());
        }

        Page<BookingView> first = history.of(bob, new PageRequest(1, 2));
        Page<BookingView> second = history.of(bob, new PageRequest(2, 2));
        Page<BookingView> third = history.of(bob, new PageRequest(3, 2));
        Page<BookingView> beyond = history.of(bob, new PageRequest(4, 2));

        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(ids(third)).containsExactlyElementsOf(newestFirst.subList(4, 5));
        assertThat(beyond.items()).isEmpty();
        for (Page<BookingView> page : List.of(first, second, third, beyond)) {
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.totalExact()).isTrue();
        }
    }

    @Test
    void aUserWithoutBookingsHasAnEmptyHistory() {
        Page<BookingView> page = history.of(given.user("bob"), PageRequest.first());

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.totalExact()).isTrue();
    }

    private Booking book(Event event, UserId user, Instant at) {
        Booking booking = Booking.active(new BookingId(UUID.randomUUID()), event.id(), user, at);
        bookings.add(booking);
        return booking;
    }

    private static List<UUID> ids(Page<BookingView> page) {
        return page.items().stream().map(BookingView::id).toList();
    }
}
