package io.eventboard.domain.booking;

import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingTest {

    private final BookingId id = new BookingId(UUID.randomUUID());
    private final EventId event = new EventId(UUID.randomUUID());
    private final UserId user = new UserId(UUID.randomUUID());

    @Test
    void aNewBookingIsActiveSinceNow() {
        Booking booking = Booking.active(id, event, user, NOW);

        assertThat(booking.isActive()).isTrue();
        assertThat(booking.status()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(booking.createdAt()).isEqualTo(NOW);
        assertThat(booking.cancelledAt()).isNull();
    }

    @Test
    void aBookingHasACancellationTimeExactlyWhenItIsCancelled() {
        assertThatThrownBy(() -> new Booking(id, event, user, BookingStatus.CANCELLED, NOW, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Booking(id, event, user, BookingStatus.ACTIVE, NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Booking(id, event, user, BookingStatus.CANCELLED, NOW, NOW).isActive()).isFalse();
    }

    @Test
    void aBookingIdPrintsAsItsUuid() {
        assertThat(id).hasToString(id.value().toString());
    }
}
