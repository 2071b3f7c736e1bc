package io.eventboard.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.notification.inbox.NotificationReads;
import io.eventboard.application.notification.inbox.NotificationView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresNotificationReadsTest extends DatabaseTest {

    @Inject
    NotificationReads reads;
    @Inject
    Outbox outbox;
    @Inject
    Given given;

    private Notification stored(Recipient to, String key, Instant at) {
        Notification notification = Notification.queue(new NotificationId(UUID.randomUUID()), to,
                NotificationKind.CUSTOM, "Subject", "Body " + key, key, null, at);
        outbox.enqueue(List.of(notification));
        return notification;
    }

    @Test
    void theInboxListsTheUsersInAppNotificationsNewestFirstPaged() {
        UserId ann = given.user("ann");
        UserId bob = given.user("bob");
        Notification first = stored(Recipient.inbox(ann), "a1", TestTime.NOW);
        stored(new Recipient(DeliveryChannel.LOG, ann, "ann"), "a-log", TestTime.NOW.plusSeconds(1));
        stored(Recipient.inbox(bob), "b1", TestTime.NOW.plusSeconds(2));
        Notification second = stored(Recipient.inbox(ann), "a2", TestTime.NOW.plusSeconds(3));
        Notification third = stored(Recipient.inbox(ann), "a3", TestTime.NOW.plusSeconds(4));

        Page<NotificationView> page = reads.inbox(ann, new PageRequest(1, 2));
        Page<NotificationView> last = reads.inbox(ann, new PageRequest(2, 2));

        assertThat(page.items()).extracting(NotificationView::notification).containsExactly(third, second);
        assertThat(page.total()).isEqualTo(3);
        assertThat(last.items()).extracting(NotificationView::notification).containsExactly(first);
        assertThat(page.items()).noneMatch(NotificationView::read);
    }

    @Test
    void markingReadKeepsTheFirstTime() {
        UserId ann = given.user("ann");
        Notification notification = stored(Recipient.inbox(ann), "a1", TestTime.NOW);

        assertThat(reads.markRead(notification.id(), TestTime.NOW.plusSeconds(10))).isTrue();
        assertThat(reads.markRead(notification.id(), TestTime.NOW.plus(Duration.ofHours(1)))).isTrue();

        NotificationView view = reads.find(notification.id()).orElseThrow();
        assertThat(view.readAt()).isEqualTo(TestTime.NOW.plusSeconds(10));
        assertThat(view.notification()).isEqualTo(notification);
        assertThat(reads.inbox(ann, PageRequest.first()).items()).allMatch(NotificationView::read);
    }

    @Test
    void unknownNotificationsAreNotFound() {
        NotificationId unknown = new NotificationId(UUID.randomUUID());

        assertThat(reads.find(unknown)).isEmpty();
        assertThat(reads.markRead(unknown, TestTime.NOW)).isFalse();
    }
}
