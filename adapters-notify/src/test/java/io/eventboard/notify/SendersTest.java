package io.eventboard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationSender;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SendersTest {

    private final UserId user = new UserId(UUID.randomUUID());

    @Test
    void theLogChannelDeliversEveryNotification() {
        Notification notification = Notices.direct(new Recipient(DeliveryChannel.LOG, null, "ops"), "Hi", "Hello",
                null, null, TestTime.NOW);

        assertThat(new LogNotificationSender().send(notification)).isInstanceOf(Delivery.Delivered.class);
        assertThat(new LogNotificationSender().channel()).isEqualTo(DeliveryChannel.LOG);
        assertThat(new LogNotificationSender().reach()).isEqualTo(NotificationSender.Reach.LOCAL);
    }

    @Test
    void theInboxDeliversNotificationsOfAUser() {
        Notification notification = Notices.direct(Recipient.inbox(user), "Hi", "Hello", null, null, TestTime.NOW);

        assertThat(new InAppNotificationSender().send(notification)).isInstanceOf(Delivery.Delivered.class);
        assertThat(new InAppNotificationSender().channel()).isEqualTo(DeliveryChannel.IN_APP);
        assertThat(new InAppNotificationSender().reach()).isEqualTo(NotificationSender.Reach.STORED);
    }
}
