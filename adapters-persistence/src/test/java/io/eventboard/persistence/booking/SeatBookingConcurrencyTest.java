package io.eventboard.persistence.booking;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.booking.BookingId;
import io.eventboard.domain.booking.BookingRefusals;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.booking.SeatBooking;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * 200 people try to book the last 50 seats at the same moment, each in the transaction the BookSeat use case
 * runs: lock the event, read the user's booking, let the domain decide, store event and booking. The row lock
 * makes them queue up, so exactly 50 get a seat and the other 150 are told it is sold out.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatBookingConcurrencyTest extends DatabaseTest {

    private static final int SEATS = 50;
    private static final int PEOPLE = 200;
    private static final Instant NOW = TestTime.NOW;

    @Inject
    Transactions transactions;
    @Inject
    Events events;
    @Inject
    Bookings bookings;
    @Inject
    Given given;

    @RepeatedTest(3)
    void neverMoreBookingsThanSeats() throws Exception {
        EventId event = given.event(anEvent().withCapacity(SEATS)).id();
        List<UserId> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(given.user("fan" + i));
        }

        List<Result<Booking>> outcomes = runAtOnce(people.stream()
                .<Callable<Result<Booking>>>map(person -> () -> book(event, person)).toList());

        Map<String, Long> refusals = outcomes.stream().filter(outcome -> !outcome.isAccepted())
                .map(outcome -> outcome.rejection().code())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(outcomes.stream().filter(Result::isAccepted)).hasSize(SEATS);
        assertThat(refusals).containsExactly(Map.entry(BookingRefusals.SOLD_OUT.code(), (long) PEOPLE - SEATS));
        assertThat(DirectSql.number("SELECT count(*) FROM bookings WHERE event_id = ? AND status = 'ACTIVE'",
                event.value())).isEqualTo(SEATS);
        Event stored = events.findById(event).orElseThrow();
        assertThat(stored.seatsBooked()).isEqualTo(SEATS);
        assertThat(stored.version()).as("one update per seat taken").isEqualTo(SEATS);
    }

    /** What the BookSeat use case does, in one transaction. */
    private Result<Booking> book(EventId eventId, UserId person) {
        return transactions.inTransaction(() -> {
            Event event = events.lockById(eventId).orElseThrow();
            Optional<Booking> current = bookings.findActive(eventId, person);
            Result<SeatBooking.Reservation> decided = SeatBooking.book(event, person, current,
                    new BookingId(Ids.timeOrdered(NOW)), NOW);
            if (decided.isAccepted()) {
                events.update(decided.value().event());
                bookings.add(decided.value().booking());
            }
            return decided.map(SeatBooking.Reservation::booking);
        });
    }

    /** Runs every task on its own thread, all released together once every thread is ready. */
    private static <T> List<T> runAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads ready").isTrue();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
