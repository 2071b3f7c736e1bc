package io.eventboard.persistence.notification;

import static io.eventboard.persistence.notification.Notifications.queued;
import static io.eventboard.persistence.notification.Notifications.scheduled;
import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static io.eventboard.domain.testdata.NotificationBuilder.aNotification;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Notices;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.testdata.NotificationBuilder;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.TimeZones;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOutboxTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;

    @Inject
    Outbox outbox;
    @Inject
    NotificationQueue queue;
    @Inject
    Given given;

    @Test
    void enqueuedNotificationsReadBackUnchanged() {
        UserId bob = given.user("bob");
        Notification toInbox = Notices.direct(Recipient.inbox(bob), "Hello", "Welcome aboard", null, null, NOW);
        Notification later = scheduled("later", NOW.plus(Duration.ofHours(3)), NOW);

        assertThat(outbox.enqueue(List.of(toInbox, later))).isEqualTo(2);

        assertThat(queue.findById(toInbox.id())).contains(toInbox);
        assertThat(queue.findById(later.id())).contains(later);
        assertThat(queue.findById(new NotificationId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aNoticeAboutAnEventReadsBackWithItsEvent() {
        Event event = given.event(anEvent().startingIn(Duration.ofDays(1)));
        Notification notice = Notices.eventCancelled(List.of(Recipient.inbox(given.user("bob"))), event,
                TimeZones.UTC, given.user("ann"), NOW).get(0);

        outbox.enqueue(List.of(notice));

        assertThat(queue.findById(notice.id())).hasValueSatisfying(stored -> {
            assertThat(stored).isEqualTo(notice);
            assertThat(stored.aboutEvent()).contains(event.id());
        });
    }

    @Test
    void aRepeatedDedupeKeyIsSkippedWithoutFailing() {
        Notification first = queued(NotificationKind.EVENT_REMINDER, "reminder:e1:u1:in_app", NOW);
        outbox.enqueue(List.of(first));
        Notification repeated = queued(NotificationKind.EVENT_REMINDER, "reminder:e1:u1:in_app", NOW.plusSeconds(60));
        Notification fresh = queued(NotificationKind.EVENT_REMINDER, "reminder:e1:u2:in_app", NOW.plusSeconds(60));

        assertThat(outbox.enqueue(List.of(repeated, fresh))).isEqualTo(1);

        assertThat(queue.findById(repeated.id())).isEmpty();
        assertThat(queue.findById(first.id())).contains(first);
        assertThat(DirectSql.number("SELECT count(*) FROM notifications")).isEqualTo(2);
    }

    @Test
    void aDedupeKeyRepeatedWithinOneCallIsStoredOnceTheFirstTime() {
        Notification first = queued(NotificationKind.EVENT_REMINDER, "reminder:e1:u1:log", NOW);
        Notification repeated = queued(NotificationKind.EVENT_REMINDER, "reminder:e1:u1:log", NOW.plusSeconds(1));

        assertThat(outbox.enqueue(List.of(first, repeated))).isEqualTo(1);

        assertThat(queue.findById(first.id())).contains(first);
        assertThat(queue.findById(repeated.id())).isEmpty();
    }

    /**
     * Columns all rows of a call agree on travel as single values, the others as arrays: both ways store the
     * same rows, for columns that are null and columns that are filled alike.
     */
    @Test
    void aBatchStoresTheSameRowsWhetherItsColumnsAgreeOrNot() throws Exception {
        UserId bob = given.user("bob");
        Event event = given.event(anEvent().startingIn(Duration.ofDays(1)));
        NotificationBuilder queued = aNotification().to(Recipient.inbox(bob)).ofKind(NotificationKind.EVENT_REMINDER);
        NotificationBuilder filled = aNotification().to(Recipient.inbox(bob)).about(event.id()).withAttempts(3)
                .withLastError("timeout").scheduledAt(NOW.plusSeconds(90)).inStatus(NotificationStatus.SENT);
        Notification unlike = aNotification().by(DeliveryChannel.LOG, "ops").withSubject("Other").withBody("Other")
                .at(NOW.plusSeconds(1)).dedupedBy("unlike").build();

        for (NotificationBuilder alike : List.of(queued, filled)) {
            List<Notification> batch = List.of(alike.withId(new NotificationId(UUID.randomUUID()))
                    .dedupedBy("alike:1").build(), alike.withId(new NotificationId(UUID.randomUUID()))
                    .dedupedBy("alike:2").build());

            outbox.enqueue(batch);
            String alone = storedAlike();
            DirectSql.execute("DELETE FROM notifications");
            outbox.enqueue(Stream.concat(batch.stream(), Stream.of(unlike)).toList());

            assertThat(storedAlike()).isEqualTo(alone);
            batch.forEach(notification -> assertThat(queue.findById(notification.id())).contains(notification));
            assertThat(queue.findById(unlike.id())).contains(unlike);
            DirectSql.execute("DELETE FROM notifications");
        }
    }

    private static String storedAlike() {
        return DirectSql.text("SELECT string_agg(n::text, '|' ORDER BY dedupe_key) FROM notifications n "
                + "WHERE dedupe_key LIKE 'alike:%'");
    }

    @Test
    void nothingToEnqueueStoresNothing() {
        assertThat(outbox.enqueue(List.of())).isZero();
    }
}
