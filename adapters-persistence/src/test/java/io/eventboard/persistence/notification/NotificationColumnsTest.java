package io.eventboard.persistence.notification;

import static io.eventboard.domain.testdata.NotificationBuilder.aNotification;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.notification.Notification;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationColumnsTest {

    private static final Instant T1 = Instant.parse("2030-05-01T18:00:00.123Z");
    private static final Instant T2 = Instant.parse("2030-05-01T19:30:00Z");

    @Test
    void instantsTravelAsIsoTextInOrderWithNullsKept() {
        List<Notification> notifications = List.of(aNotification().at(T1).build(), aNotification().at(T1).build(),
                aNotification().at(T2).scheduledAt(T2).build(), aNotification().at(T1).build());

        assertThat(NotificationColumns.isos(notifications, Notification::createdAt))
                .containsExactly(T1.toString(), T1.toString(), T2.toString(), T1.toString());
        assertThat(NotificationColumns.isos(notifications, Notification::scheduledAt))
                .isEqualTo(Arrays.asList(null, null, T2.toString(), null));
    }
}
