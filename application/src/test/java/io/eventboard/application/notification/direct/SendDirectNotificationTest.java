package io.eventboard.application.notification.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Priority;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendDirectNotificationTest {

    private final TestBoard board = TestBoard.now();
    private final SendDirectNotification sendDirect = board.sendDirectNotification();
    private final UserId user = board.aUser();

    private Notification send(String subject, String message, Instant scheduledAt, String dedupeKey) {
        return sendDirect.send(new SendDirectNotification.Command(Recipient.inbox(user), subject, message,
                scheduledAt, dedupeKey));
    }

    @Test
    void a_direct_message_is_queued_in_the_outbox_as_a_bulk_custom_notification_due_now() {
        Notification notification = send("Welcome", "Hello there", null, null);

        assertThat(board.notifications().all()).containsExactly(notification);
        assertThat(notification.kind()).isEqualTo(NotificationKind.CUSTOM);
        assertThat(notification.priority()).isEqualTo(Priority.BULK);
        assertThat(notification.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(notification.subject()).isEqualTo("Welcome");
        assertThat(notification.body()).isEqualTo("Hello there");
        assertThat(notification.recipient()).isEqualTo(Recipient.inbox(user));
        assertThat(notification.nextAttemptAt()).isEqualTo(board.instant());
        assertThat(notification.scheduledAt()).isNull();
        assertThat(notification.dedupeKey()).isEqualTo("direct:" + notification.id());
    }

    @Test
    void without_a_dedupe_key_every_request_is_a_new_message() {
        Notification first = send(null, "Hello", null, null);
        Notification second = send(null, "Hello", null, null);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(board.notifications().all()).hasSize(2);
        assertThat(first.subject()).isEmpty();
    }

    @Test
    void a_repeated_request_with_the_same_dedupe_key_returns_the_first_message() {
        Notification first = send("Welcome", "Hello", null, "welcome-" + user);
        board.advance(Duration.ofMinutes(1));

        Notification repeat = send("Welcome again", "Hello again", null, "welcome-" + user);

        assertThat(repeat).isEqualTo(first);
        assertThat(board.notifications().all()).containsExactly(first);
        assertThat(first.dedupeKey()).isEqualTo("direct:welcome-" + user);
    }

    @Test
    void a_repeat_returns_the_first_message_as_it_stands_now() {
        Notification first = send("Welcome", "Hello", null, "k1");
        board.dispatchNotifications().dispatchOnce();

        Notification repeat = send("Welcome", "Hello", null, "k1");

        assertThat(repeat.id()).isEqualTo(first.id());
        assertThat(repeat.status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void different_dedupe_keys_make_different_messages() {
        send("A", "Hello", null, "k1");
        send("B", "Hello", null, "k2");

        assertThat(board.notifications().all()).extracting(Notification::subject).containsExactly("A", "B");
    }

    @Test
    void a_message_scheduled_for_later_is_held_back_until_then() {
        Instant later = board.instant().plus(Duration.ofHours(3));

        Notification notification = send("Later", "Hello later", later, null);

        assertThat(notification.scheduledAt()).isEqualTo(later);
        assertThat(notification.nextAttemptAt()).isEqualTo(later);
        assertThat(board.dispatchNotifications().dispatchOnce().claimed()).isZero();
        board.advance(Duration.ofHours(3));
        assertThat(board.dispatchNotifications().dispatchOnce().sent()).isEqualTo(1);
    }

    @Test
    void a_schedule_in_the_past_means_at_once() {
        Notification notification = send("Now", "Hello", board.instant().minus(Duration.ofHours(1)), null);

        assertThat(notification.nextAttemptAt()).isEqualTo(board.instant());
    }

    @Test
    void messages_go_to_any_channel_with_an_address() {
        Notification mail = sendDirect.send(new SendDirectNotification.Command(
                new Recipient(DeliveryChannel.EMAIL, null, "ops@example.org"), "Report", "All fine", null, null));

        assertThat(mail.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(mail.recipient().address()).isEqualTo("ops@example.org");
    }

    @Test
    void the_command_refuses_a_blank_message_a_long_subject_and_a_bad_dedupe_key_naming_each_field() {
        InvalidInput refusal = catchThrowableOfType(() -> new SendDirectNotification.Command(Recipient.inbox(user),
                "x".repeat(Notification.MAX_SUBJECT + 1), " ", null, " "), InvalidInput.class);

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("message", "subject", "dedupeKey");
        assertThat(catchThrowableOfType(() -> new SendDirectNotification.Command(Recipient.inbox(user), null, "m",
                null, "k".repeat(201)), InvalidInput.class).errors()).extracting(FieldError::field)
                .containsExactly("dedupeKey");
        assertThat(catchThrowableOfType(() -> new SendDirectNotification.Command(null, null, "m", null, null),
                NullPointerException.class)).isNotNull();
        assertThat(board.notifications().all()).isEmpty();
    }

    @Test
    void the_longest_allowed_subject_and_dedupe_key_are_accepted() {
        Notification notification = send("s".repeat(Notification.MAX_SUBJECT), "m", null, "k".repeat(200));

        assertThat(notification.subject()).hasSize(Notification.MAX_SUBJECT);
        assertThat(board.notifications().findByDedupeKey("direct:" + "k".repeat(200))).contains(notification);
    }
}
