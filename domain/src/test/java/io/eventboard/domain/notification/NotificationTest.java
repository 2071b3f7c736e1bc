package io.eventboard.domain.notification;

import static io.eventboard.domain.testdata.NotificationBuilder.aNotification;
import static io.eventboard.domain.testdata.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    @Test
    void aNotificationScheduledInThePastIsDueAtOnce() {
        Notification notification = aNotification().scheduledAt(NOW.minusSeconds(60)).build();

        assertThat(notification.nextAttemptAt()).isEqualTo(NOW);
        assertThat(notification.isDue(NOW)).isTrue();
        assertThat(notification.isDue(NOW.minusNanos(1))).isFalse();
    }

    @Test
    void queueingTakesThePriorityOfTheKind() {
        Notification queued = Notification.queue(new NotificationId(UUID.randomUUID()),
                Recipient.inbox(new UserId(UUID.randomUUID())), NotificationKind.EVENT_REMINDER, "Reminder",
                "Soon", "reminder:1", null, NOW);

        assertThat(queued.priority()).isEqualTo(Priority.URGENT);
        assertThat(queued.attempts()).isZero();
        assertThat(queued.error()).isEmpty();
        assertThat(queued.channel()).isEqualTo(DeliveryChannel.IN_APP);
    }

    @Test
    void onlyAQueuedNotificationIsEverDue() {
        for (NotificationStatus status : NotificationStatus.values()) {
            assertThat(aNotification().inStatus(status).build().isDue(NOW.plusSeconds(3600)))
                    .as(status.name()).isEqualTo(status == NotificationStatus.QUEUED);
        }
    }

    @Test
    void subjectAndBodyAreValidated() {
        assertThat(aNotification().withSubject(null).build().subject()).isEmpty();
        assertThatThrownBy(() -> aNotification().withSubject("s".repeat(201)).build())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("subject"));
        assertThatThrownBy(() -> aNotification().withBody(" ").build())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("message"));
        assertThatThrownBy(() -> aNotification().withAttempts(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeersRetryAfterWinsWhenItIsLongerThanTheBackoff() {
        Notification sending = aNotification().build().claim(NOW).value();

        Notification longer = sending.failed("429", true, Duration.ofMinutes(5), policy, 0, NOW).value();
        Notification shorter = sending.failed("429", true, Duration.ofSeconds(1), policy, 0, NOW).value();

        assertThat(longer.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(shorter.nextAttemptAt()).isEqualTo(NOW.plus(policy.delayAfter(1, 0)));
    }

    @Test
    void aFailureWithoutTextIsRecordedAsUnknownAndLongErrorsAreCut() {
        Notification sending = aNotification().build().claim(NOW).value();

        assertThat(sending.failed(null, false, null, policy, 0, NOW).value().error()).contains("unknown error");
        assertThat(sending.failed("  ", false, null, policy, 0, NOW).value().error()).contains("unknown error");
        assertThat(sending.failed("e".repeat(5000), false, null, policy, 0, NOW).value().lastError())
                .hasSize(Notification.MAX_ERROR);
    }

    @Test
    void aFailureReportForANotificationThatIsNotBeingSentIsRefused() {
        Notification failed = aNotification().inStatus(NotificationStatus.FAILED).withAttempts(1)
                .withLastError("mailbox does not exist").build();

        assertThat(failed.failed("timeout", true, null, policy, 0, NOW).rejection().code())
                .isEqualTo("notification.illegal-transition");
        assertThat(failed.leaseExpired(policy, NOW).isAccepted()).isFalse();
        assertThat(aNotification().build().failed("timeout", true, null, policy, 0, NOW).isAccepted()).isFalse();
    }

    @Test
    void anOperatorCanRequeueOnlyAFailedNotification() {
        Notification sending = aNotification().build().claim(NOW).value();

        assertThat(sending.requeue(NOW).rejection().code()).isEqualTo("notification.illegal-transition");
        assertThat(aNotification().build().requeue(NOW).isAccepted()).isFalse();
        assertThat(sending.delivered(NOW).value().requeue(NOW).isAccepted()).isFalse();
    }

    @Test
    void anOperatorsRequeueMakesAFailedNotificationDueAtOnceWithFreshAttempts() {
        Notification failed = aNotification().inStatus(NotificationStatus.FAILED).withAttempts(5)
                .withLastError("timeout").build();

        Notification requeued = failed.requeue(NOW.plusSeconds(30)).value();

        assertThat(requeued.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(requeued.attempts()).isZero();
        assertThat(requeued.error()).contains("timeout");
        assertThat(requeued.isDue(NOW.plusSeconds(30))).isTrue();
    }
}
