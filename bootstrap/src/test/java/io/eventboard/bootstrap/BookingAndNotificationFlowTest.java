package io.eventboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.event.create.CreateEvent;
import io.eventboard.application.notification.dispatch.DispatchNotifications;
import io.eventboard.application.notification.dispatch.DispatchReport;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The wired server's use cases on real PostgreSQL: a booking, its notices in the outbox, their dispatch. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingAndNotificationFlowTest implements TestServer {

    @Inject
    UserAccounts accounts;
    @Inject
    CreateEvent createEvent;
    @Inject
    BookSeat bookSeat;
    @Inject
    DispatchNotifications dispatch;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
    }

    @Test
    void aBookingWritesItsConfirmationToTheOutboxAndTheDispatcherSendsIt() {
        UserId organizer = aUser("organizer");
        UserId attendee = aUser("attendee");
        Event event = anEventWithSeats(organizer, 3);

        Result<Booking> booked = bookSeat.book(new BookSeat.Command(event.id(), attendee));

        assertThat(booked.isAccepted()).isTrue();
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE user_id = ? AND status = 'QUEUED'"
                + " AND kind = 'BOOKING_CONFIRMED'", attendee.value())).isEqualTo(2);
        DispatchReport report = dispatch.dispatchOnce();
        assertThat(report.sent()).isEqualTo(2);
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE status = 'SENT' AND attempts = 1"))
                .isEqualTo(2);
        assertThat(dispatch.dispatchOnce()).isEqualTo(DispatchReport.NONE);
    }

    @Test
    void twoHundredConcurrentBookingsOfFiftySeatsLeaveExactlyFiftyBookingsAndFiftyConfirmations() throws Exception {
        UserId organizer = aUser("organizer");
        Event event = anEventWithSeats(organizer, 50);
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            users.add(aUser("user" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Result<Booking>>> outcomes = new ArrayList<>();
        for (UserId user : users) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return bookSeat.book(new BookSeat.Command(event.id(), user));
            }));
        }
        start.countDown();
        int accepted = 0;
        int soldOut = 0;
        for (Future<Result<Booking>> outcome : outcomes) {
            Result<Booking> result = outcome.get();
            if (result.isAccepted()) {
                accepted++;
            } else if (result.rejection().code().equals("booking.sold-out")) {
                soldOut++;
            }
        }
        pool.shutdown();

        assertThat(accepted).isEqualTo(50);
        assertThat(soldOut).isEqualTo(150);
        assertThat(DirectSql.number("SELECT count(*) FROM bookings WHERE status = 'ACTIVE'")).isEqualTo(50);
        assertThat(DirectSql.number("SELECT seats_booked FROM events WHERE id = ?", event.id().value())).isEqualTo(50);
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE kind = 'BOOKING_CONFIRMED'"))
                .isEqualTo(100);
    }

    private UserId aUser(String name) {
        Instant now = Instant.now();
        UserAccount account = new UserAccount(new UserId(Ids.timeOrdered(now)), name, name + "@example.org",
                "not-a-real-hash", Role.USER, true, now);
        assertThat(accounts.add(account)).isTrue();
        return account.id();
    }

    private Event anEventWithSeats(UserId organizer, int seats) {
        Instant start = Instant.now().plus(Duration.ofDays(2));
        return createEvent.create(new CreateEvent.Command(organizer,
                new EventDetails("Java meetup", "talks", null, null, Set.of(), start, null, seats)));
    }
}
