package io.eventboard.application.booking;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.EventBuilder.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.booking.cancel.CancelBooking;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.user.UserId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of bookings and cancellations by a handful of users, checked step by step against a model
 * (a set of seat holders): the use cases accept exactly what the model accepts, and the event never holds more
 * bookings than seats nor a seat count that differs from its active bookings.
 */
class SeatLedgerPropertyTest {

    private static final int USERS = 6;

    @Test
    void random_bookings_and_cancellations_never_overbook_and_keep_the_seat_count_exact() {
        qt().withExamples(300)
                .forAll(integers().between(0, 4), lists().of(integers().between(0, 2 * USERS - 1)).ofSizeBetween(0, 40))
                .checkAssert((capacity, steps) -> {
                    TestBoard board = TestBoard.now();
                    Event event = board.given(anEvent().startingIn(hours(2)).withCapacity(capacity));
                    List<UserId> users = board.users(USERS);
                    BookSeat bookSeat = board.bookSeat();
                    CancelBooking cancelBooking = board.cancelBooking();
                    Set<UserId> holders = new HashSet<>();
                    int confirmations = 0;
                    int cancellations = 0;

                    for (int step : steps) {
                        UserId user = users.get(step % USERS);
                        if (step < USERS) {
                            boolean allowed = !holders.contains(user) && holders.size() < capacity;
                            Result<Booking> result = bookSeat.book(new BookSeat.Command(event.id(), user));
                            assertThat(result.isAccepted()).isEqualTo(allowed);
                            if (allowed) {
                                holders.add(user);
                                confirmations++;
                            } else {
                                assertThat(result.rejection().code())
                                        .isEqualTo(holders.contains(user) ? "booking.already-booked" : "booking.sold-out");
                            }
                        } else {
                            boolean allowed = holders.contains(user);
                            Result<Booking> result = cancelBooking.cancel(new CancelBooking.Command(event.id(), user));
                            assertThat(result.isAccepted()).isEqualTo(allowed);
                            if (allowed) {
                                holders.remove(user);
                                cancellations++;
                            }
                        }
                        Event stored = board.events().get(event.id());
                        assertThat(stored.seatsBooked()).isEqualTo(holders.size()).isLessThanOrEqualTo(capacity);
                        assertThat(board.bookings().activeAttendees(event.id())).containsExactlyInAnyOrderElementsOf(holders);
                    }
                    // two channels per user by default
                    assertThat(board.notifications().ofKind(NotificationKind.BOOKING_CONFIRMED)).hasSize(2 * confirmations);
                    assertThat(board.notifications().ofKind(NotificationKind.BOOKING_CANCELLED)).hasSize(2 * cancellations);
                });
    }
}
