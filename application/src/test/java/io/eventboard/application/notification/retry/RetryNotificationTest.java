package io.eventboard.application.notification.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.notification.direct.SendDirectNotification;
import io.eventboard.application.testing.RecordingNotificationSender;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.user.Actor;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetryNotificationTest {

    private final TestBoard board = TestBoard.now();

    private Notification aLogMessage() {
        return board.sendDirectNotification().send(new SendDirectNotification.Command(
                new Recipient(DeliveryChannel.LOG, null, "ops"), null, "Hello", null, null));
    }

    @Test
    void aFailedNotificationGoesBackToTheQueueWithFreshAttempts() {
        Notification notification = aLogMessage();
        board.sender(DeliveryChannel.LOG).willAnswer(RecordingNotificationSender.permanentFailure("boom"));
        board.dispatchNotifications().dispatchOnce();
        assertThat(board.notifications().get(notification.id()).status()).isEqualTo(NotificationStatus.FAILED);
        board.advance(Duration.ofMinutes(1));

        Result<Notification> retried = board.retryNotification().retry(board.anAdmin(), notification.id());

        assertThat(retried.value().status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(retried.value().attempts()).isZero();
        assertThat(retried.value().nextAttemptAt()).isEqualTo(board.instant());
        assertThat(board.notifications().get(notification.id())).isEqualTo(retried.value());
    }

    @Test
    void onlyAFailedNotificationCanBeRetried() {
        Notification queued = aLogMessage();

        assertThat(board.retryNotification().retry(board.anAdmin(), queued.id()).rejection().code())
                .isEqualTo("notification.illegal-transition");
        assertThat(board.notifications().get(queued.id())).isEqualTo(queued);
    }

    @Test
    void onlyAdminsRetryAndAnUnknownIdIsNotFound() {
        Notification queued = aLogMessage();

        assertThat(board.retryNotification().retry(Actor.user(board.aUser()), queued.id()).rejection().code())
                .isEqualTo("notification.admins-only");
        assertThat(board.retryNotification().retry(board.anAdmin(), new NotificationId(UUID.randomUUID()))
                .rejection().code()).isEqualTo("notification.not-found");
    }
}
