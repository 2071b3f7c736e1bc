package io.eventboard.persistence.waitlist;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.booking.SeatLedger;
import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.waitlist.Promotions;
import io.eventboard.application.waitlist.WaitlistCommand;
import io.eventboard.application.waitlist.accept.AcceptOffer;
import io.eventboard.application.waitlist.expire.ExpireWaitlistOffers;
import io.eventboard.application.waitlist.join.JoinWaitlist;
import io.eventboard.application.waitlist.leave.LeaveWaitlist;
import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipients;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.waitlist.WaitlistMode;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import io.eventboard.domain.waitlist.Waitlists;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.eventboard.domain.venue.Venues;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * Seat holders cancel, people in line leave, accept and book, newcomers join and book, and the expiry job runs, all
 * at the same moment through the real use cases. Whatever order the event's row lock lets them through in, no seat
 * goes to two people: active bookings plus held offers equal the seat count and fit the capacity, and nobody
 * is both booked and in line.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitlistConcurrencyTest extends DatabaseTest {

    private static final int SEATS = 15;
    private static final int WAITING = 25;
    private static final int NEWCOMERS = 15;
    private static final Duration HOLD = Duration.ofMinutes(30);

    @Inject
    Transactions transactions;
    @Inject
    Events events;
    @Inject
    Bookings bookings;
    @Inject
    Waitlists waitlists;
    @Inject
    Recipients recipients;
    @Inject
    Outbox outbox;
    @Inject
    Venues venues;
    @Inject
    Given given;

    @RepeatedTest(2)
    void automaticPromotionNeverDoubleAssignsASeat() throws Exception {
        hammer(WaitlistMode.AUTO);
    }

    @RepeatedTest(2)
    void heldOffersNeverDoubleAssignASeat() throws Exception {
        hammer(WaitlistMode.OFFER);
    }

    private void hammer(WaitlistMode mode) throws Exception {
        Clock now = Clock.fixed(TestTime.NOW, ZoneOffset.UTC);
        Clock later = Clock.offset(now, HOLD);
        EventId event = given.event(anEvent().startingIn(Duration.ofDays(2)).withCapacity(SEATS)).id();
        waitlists.choosePolicy(event, new WaitlistPolicy(mode, HOLD));
        List<UserId> holders = people("holder", SEATS);
        List<UserId> waiting = people("waiting", WAITING);
        List<UserId> newcomers = people("new", NEWCOMERS);
        holders.forEach(user -> bookSeat(now).book(new BookSeat.Command(event, user)).value());
        waiting.forEach(user -> joinWaitlist(now).join(new WaitlistCommand(event, user)).value());

        List<Callable<Result<?>>> tasks = new ArrayList<>();
        holders.forEach(user -> tasks.add(() -> cancelBooking(now).cancel(new CancelBooking.Command(event, user))));
        for (int i = 0; i < WAITING; i++) {
            WaitlistCommand command = new WaitlistCommand(event, waiting.get(i));
            tasks.add(switch (i % 3) {
                case 0 -> () -> leaveWaitlist(now).leave(command);
                case 1 -> () -> acceptOffer(now).accept(command);
                default -> () -> bookSeat(now).book(new BookSeat.Command(event, command.user()));
            });
        }
        newcomers.forEach(user -> tasks.add(() -> joinWaitlist(now).join(new WaitlistCommand(event, user))));
        newcomers.forEach(user -> tasks.add(() -> bookSeat(now).book(new BookSeat.Command(event, user))));
        for (int i = 0; i < 3; i++) {
            tasks.add(() -> Result.accepted(expireOffers(later).expire()));
        }

        runAtOnce(tasks);

        long active = count("SELECT count(*) FROM bookings WHERE event_id = ? AND status = 'ACTIVE'", event);
        long held = count("SELECT count(*) FROM waitlist_entries WHERE event_id = ? AND status = 'OFFERED'", event);
        long stillWaiting = count("SELECT count(*) FROM waitlist_entries WHERE event_id = ? AND status = 'WAITING'",
                event);
        long seatsBooked = count("SELECT seats_booked FROM events WHERE id = ?", event);
        assertThat(active + held).as("active bookings plus held offers are the seat count").isEqualTo(seatsBooked);
        assertThat(seatsBooked).as("never more than the capacity").isLessThanOrEqualTo(SEATS);
        if (stillWaiting > 0) {
            assertThat(seatsBooked).as("no seat stays free while someone waits").isEqualTo(SEATS);
        }
        assertThat(count("""
                SELECT count(*) FROM waitlist_entries w JOIN bookings b
                  ON b.event_id = w.event_id AND b.user_id = w.user_id AND b.status = 'ACTIVE'
                WHERE w.event_id = ?""", event)).as("nobody both booked and in line").isZero();
        assertThat(count("SELECT count(DISTINCT user_id) FROM bookings WHERE event_id = ? AND status = 'ACTIVE'",
                event)).as("one active booking per person").isEqualTo(active);
    }

    private List<UserId> people(String prefix, int count) {
        List<UserId> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(given.user(prefix + i + "-" + System.nanoTime()));
        }
        return people;
    }

    private static long count(String sql, EventId event) {
        return DirectSql.number(sql, event.value());
    }

    private Promotions promotions() {
        return new Promotions(events, bookings, waitlists, recipients, outbox, venues);
    }

    private SeatLedger ledger(Clock clock) {
        return new SeatLedger(transactions, events, bookings, promotions(), recipients, outbox, venues, clock);
    }

    private BookSeat bookSeat(Clock clock) {
        return new BookSeat(ledger(clock));
    }

    private CancelBooking cancelBooking(Clock clock) {
        return new CancelBooking(ledger(clock));
    }

    private AcceptOffer acceptOffer(Clock clock) {
        return new AcceptOffer(ledger(clock));
    }

    private JoinWaitlist joinWaitlist(Clock clock) {
        return new JoinWaitlist(transactions, events, bookings, waitlists, clock);
    }

    private LeaveWaitlist leaveWaitlist(Clock clock) {
        return new LeaveWaitlist(transactions, events, promotions(), clock);
    }

    private ExpireWaitlistOffers expireOffers(Clock clock) {
        return new ExpireWaitlistOffers(transactions, events, promotions(), 10, clock);
    }

    /** Runs every task on its own thread, all released together once every thread is ready. */
    private static void runAtOnce(List<Callable<Result<?>>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Result<?>>> futures = new ArrayList<>();
            for (Callable<Result<?>> task : tasks) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads ready").isTrue();
            start.countDown();
            for (Future<Result<?>> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
