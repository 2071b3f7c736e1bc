package io.eventboard.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.booking.BookingRefusals;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.rating.RatingRefusals;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void eachFactoryGivesItsKind() {
        assertThat(Rejection.notFound("a", "m").kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(Rejection.forbidden("a", "m").kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
        assertThat(Rejection.conflict("a", "m").kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(Rejection.invalid("a", "m").kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThatThrownBy(() -> new Rejection(null, Rejection.Kind.CONFLICT, "m"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theStableCodesOfThePublicContract() {
        assertThat(List.of(BookingRefusals.NOT_BOOKABLE, BookingRefusals.ALREADY_STARTED,
                BookingRefusals.ALREADY_BOOKED, BookingRefusals.SOLD_OUT, BookingRefusals.NOT_FOUND,
                BookingRefusals.TOO_LATE_TO_CANCEL, EventRefusals.NOT_FOUND, EventRefusals.NOT_ORGANIZER,
                EventRefusals.EDIT_WINDOW_CLOSED, EventRefusals.FINISHED, EventRefusals.IMPORTED,
                EventRefusals.CAPACITY_BELOW_BOOKINGS, EventRefusals.CONCURRENT_UPDATE,
                RatingRefusals.NOT_COMPLETED, RatingRefusals.NOT_ATTENDEE))
                .extracting(Rejection::code)
                .containsExactly("booking.event-not-bookable", "booking.event-started", "booking.already-booked",
                        "booking.sold-out", "booking.not-found", "booking.cancel-too-late", "event.not-found",
                        "event.not-organizer", "event.edit-window-closed", "event.finished", "event.read-only",
                        "event.capacity-below-bookings", "event.concurrent-update", "rating.event-not-completed",
                        "rating.not-attendee");
    }

    @Test
    void anIllegalTransitionNamesBothStatuses() {
        Rejection rejection = EventRefusals.illegalTransition(EventStatus.COMPLETED, EventStatus.ONGOING);

        assertThat(rejection.code()).isEqualTo("event.illegal-transition");
        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(rejection.message()).contains("completed").contains("ongoing");
    }

    @Test
    void aConcurrentUpdateSaysWhatWasChanged() {
        assertThat(new ConcurrentUpdate("event 42")).hasMessage("event 42 was changed by someone else in the meantime");
    }
}
