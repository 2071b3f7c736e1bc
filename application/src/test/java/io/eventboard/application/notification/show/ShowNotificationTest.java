package io.eventboard.application.notification.show;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.notification.direct.SendDirectNotification;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShowNotificationTest {

    private final TestBoard board = TestBoard.now();
    private final UserId ann = board.aUser();
    private final Notification annsEmail = board.sendDirectNotification().send(new SendDirectNotification.Command(
            new Recipient(DeliveryChannel.EMAIL, ann, "ann@example.org"), "Hi", "Hello", null, null));

    @Test
    void usersSeeTheirOwnNotificationsOnAnyChannel() {
        assertThat(board.showNotification().show(Actor.user(ann), annsEmail.id()).value().notification())
                .isEqualTo(annsEmail);
    }

    @Test
    void othersSeeNothingButAdminsSeeEverything() {
        assertThat(board.showNotification().show(Actor.user(board.aUser()), annsEmail.id()).rejection().code())
                .isEqualTo("notification.not-found");
        assertThat(board.showNotification().show(board.anAdmin(), annsEmail.id()).isAccepted()).isTrue();
        assertThat(board.showNotification().show(board.anAdmin(), new NotificationId(UUID.randomUUID()))
                .isAccepted()).isFalse();
    }
}
