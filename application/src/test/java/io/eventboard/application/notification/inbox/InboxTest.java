package io.eventboard.application.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.notification.direct.SendDirectNotification;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboxTest {

    private final TestBoard board = TestBoard.now();
    private final UserId ann = board.aUser();
    private final UserId bob = board.aUser();

    private Notification send(Recipient to, String message) {
        Notification sent = board.sendDirectNotification().send(new SendDirectNotification.Command(to, null, message,
                null, null));
        board.advance(Duration.ofSeconds(1));
        return sent;
    }

    @Test
    void theInboxHoldsTheUsersInAppNotificationsNewestFirstAndUnread() {
        Notification first = send(Recipient.inbox(ann), "first");
        send(new Recipient(DeliveryChannel.LOG, ann, "ann"), "log copy");
        send(Recipient.inbox(bob), "for bob");
        Notification second = send(Recipient.inbox(ann), "second");

        Page<NotificationView> page = board.listInbox().of(ann, PageRequest.first());

        assertThat(page.items()).extracting(view -> view.notification().id())
                .containsExactly(second.id(), first.id());
        assertThat(page.items()).noneMatch(NotificationView::read);
        assertThat(page.total()).isEqualTo(2);
        assertThat(board.listInbox().of(ann, new PageRequest(2, 1)).items()).extracting(v -> v.notification().id())
                .containsExactly(first.id());
    }

    @Test
    void markingReadKeepsTheFirstTimeAndShowsInTheInbox() {
        Notification notification = send(Recipient.inbox(ann), "hello");
        Instant readAt = board.instant();

        Result<NotificationView> read = board.markRead().markRead(ann, notification.id());
        board.advance(Duration.ofMinutes(5));
        Result<NotificationView> again = board.markRead().markRead(ann, notification.id());

        assertThat(read.value().readAt()).isEqualTo(readAt);
        assertThat(again.value().readAt()).isEqualTo(readAt);
        assertThat(board.listInbox().of(ann, PageRequest.first()).items()).allMatch(NotificationView::read);
    }

    @Test
    void nobodyMarksSomeoneElsesOrANonInboxOrAnUnknownNotification() {
        Notification annsInbox = send(Recipient.inbox(ann), "hello");
        Notification annsLog = send(new Recipient(DeliveryChannel.LOG, ann, "ann"), "hello");

        assertThat(board.markRead().markRead(bob, annsInbox.id()).rejection().code())
                .isEqualTo("notification.not-found");
        assertThat(board.markRead().markRead(ann, annsLog.id()).isAccepted()).isFalse();
        assertThat(board.markRead().markRead(ann, new NotificationId(UUID.randomUUID())).isAccepted()).isFalse();
        assertThat(board.notificationReads().find(annsInbox.id()).orElseThrow().read()).isFalse();
        assertThat(board.notificationReads().markRead(new NotificationId(UUID.randomUUID()), board.instant()))
                .isFalse();
    }
}
