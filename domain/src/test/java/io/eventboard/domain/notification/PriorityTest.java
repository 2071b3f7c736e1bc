package io.eventboard.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class PriorityTest {

    @Test
    void aPriorityIsFoundByItsRank() {
        for (Priority priority : Priority.values()) {
            assertThat(Priority.ofRank(priority.rank())).isEqualTo(priority);
        }
        assertThatThrownBy(() -> Priority.ofRank(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatAPersonWaitsForRanksAboveBulk() {
        assertThat(Arrays.stream(Priority.values()).sorted(Comparator.comparingInt(Priority::rank)))
                .containsExactly(Priority.BULK, Priority.NORMAL, Priority.URGENT);
        assertThat(NotificationKind.BOOKING_CONFIRMED.priority()).isEqualTo(Priority.URGENT);
        assertThat(NotificationKind.BOOKING_CANCELLED.priority()).isEqualTo(Priority.URGENT);
        assertThat(NotificationKind.EVENT_REMINDER.priority()).isEqualTo(Priority.URGENT);
        assertThat(NotificationKind.EVENT_CANCELLED.priority()).isEqualTo(Priority.NORMAL);
        assertThat(NotificationKind.EVENT_CHANGED.priority()).isEqualTo(Priority.NORMAL);
        assertThat(NotificationKind.CUSTOM.priority()).isEqualTo(Priority.BULK);
    }
}
