package io.eventboard.persistence.notification;

import static io.eventboard.persistence.notification.Notifications.queued;
import static io.eventboard.persistence.notification.Notifications.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.RetryPolicy;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresNotificationQueueTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;
    private static final Instant LEASE = NOW.plus(Duration.ofMinutes(2));

    @Inject
    Outbox outbox;
    @Inject
    NotificationQueue queue;
    @Inject
    Transactions transactions;
    @Inject
    Given given;

    @Test
    void claimDueTakesHighestPriorityFirstThenLongestWaiting() {
        Notification bulk = queued(NotificationKind.CUSTOM, "bulk", NOW.minus(Duration.ofMinutes(10)));
        Notification urgentRecent = queued(NotificationKind.BOOKING_CONFIRMED, "urgent-recent", NOW.minusSeconds(60));
        Notification normal = queued(NotificationKind.EVENT_CHANGED, "normal", NOW.minus(Duration.ofMinutes(5)));
        Notification urgentOld = queued(NotificationKind.EVENT_REMINDER, "urgent-old", NOW.minus(Duration.ofMinutes(5)));
        Notification notYetDue = scheduled("not-yet-due", NOW.plusSeconds(60), NOW.minusSeconds(60));
        outbox.enqueue(List.of(bulk, urgentRecent, normal, urgentOld, notYetDue));

        List<Notification> claimed = queue.claimDue(NOW, 10, "worker-1", LEASE);

        assertThat(claimed).extracting(Notification::dedupeKey)
                .containsExactly("urgent-old", "urgent-recent", "normal", "bulk");
        assertThat(claimed).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.SENDING);
            assertThat(n.attempts()).isEqualTo(1);
            assertThat(n.updatedAt()).isEqualTo(NOW);
        });
        assertThat(DirectSql.number(
                "SELECT count(*) FROM notifications WHERE claimed_by = 'worker-1' AND claimed_until = ?", LEASE))
                .isEqualTo(4);
        assertThat(queue.claimDue(NOW, 10, "worker-2", LEASE)).as("claimed rows are not claimed again").isEmpty();
    }

    @Test
    void claimDueTakesAtMostTheLimit() {
        for (int i = 0; i < 5; i++) {
            outbox.enqueue(List.of(queued(NotificationKind.CUSTOM, "n" + i, NOW.minusSeconds(i))));
        }

        assertThat(queue.claimDue(NOW, 3, "worker-1", LEASE)).extracting(Notification::dedupeKey)
                .containsExactly("n4", "n3", "n2");
    }

    @Test
    void aClaimDeliversTheNotificationsOfStoredChannelsAndLeasesTheOthers() {
        UserId reader = given.user("reader");
        Notification inbox = Notification.queue(new NotificationId(UUID.randomUUID()), Recipient.inbox(reader),
                NotificationKind.CUSTOM, "Hi", "Hello", "inbox", null, NOW.minusSeconds(5));
        Notification log = queued(NotificationKind.CUSTOM, "log", NOW.minusSeconds(5));
        outbox.enqueue(List.of(inbox, log));

        List<Notification> claimed = queue.claimDue(NOW, 10, "worker-1", LEASE, Set.of(DeliveryChannel.IN_APP));

        assertThat(claimed).extracting(Notification::id).containsExactlyInAnyOrder(inbox.id(), log.id());
        assertThat(queue.findById(inbox.id())).contains(inbox.claim(NOW).value().delivered(NOW).value());
        assertThat(queue.findById(log.id())).contains(log.claim(NOW).value());
        assertThat(claimed).filteredOn(n -> n.id().equals(inbox.id())).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE claimed_by = 'worker-1' "
                + "AND claimed_until = ? AND status = 'SENDING'", LEASE)).isEqualTo(1);
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE claimed_by IS NULL "
                + "AND claimed_until IS NULL AND status = 'SENT' AND sent_at = ?", NOW)).isEqualTo(1);
    }

    @Test
    void theLeaseHolderRecordsTheOutcomeAndOthersCannot() {
        outbox.enqueue(List.of(queued(NotificationKind.BOOKING_CONFIRMED, "k", NOW)));
        Notification claimed = queue.claimDue(NOW, 1, "worker-1", LEASE).get(0);
        Notification delivered = claimed.delivered(NOW.plusSeconds(1)).value();

        assertThat(queue.record(delivered, "worker-2")).isFalse();
        assertThat(queue.findById(claimed.id())).contains(claimed);
        assertThat(queue.record(delivered, "worker-1")).isTrue();

        assertThat(queue.findById(claimed.id())).contains(delivered);
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE claimed_by IS NULL")).isEqualTo(1);
        assertThat(queue.record(delivered, "worker-1")).as("a settled notification takes no second outcome").isFalse();
    }

    @Test
    void anExpiredLeaseIsSettledAndTheNotificationIsClaimableAgain() {
        outbox.enqueue(List.of(queued(NotificationKind.BOOKING_CONFIRMED, "k", NOW)));
        Notification claimed = queue.claimDue(NOW, 1, "worker-1", LEASE).get(0);
        Instant afterLease = LEASE.plusSeconds(1);

        assertThat(queue.expiredLeases(LEASE.minusSeconds(1), 10)).isEmpty();
        List<Notification> expired = queue.expiredLeases(afterLease, 10);
        assertThat(expired).containsExactly(claimed);

        Notification settled = claimed.leaseExpired(RetryPolicy.DEFAULT, afterLease).value();
        queue.update(settled);

        assertThat(queue.findById(claimed.id())).contains(settled);
        assertThat(queue.record(claimed.delivered(afterLease).value(), "worker-1"))
                .as("the late report of the original worker").isFalse();
        Instant retryAt = settled.nextAttemptAt();
        List<Notification> again = queue.claimDue(retryAt, 10, "worker-2", retryAt.plusSeconds(60));
        assertThat(again).extracting(Notification::id).containsExactly(claimed.id());
        assertThat(again.get(0).attempts()).isEqualTo(2);
    }

    @Test
    void aNotificationIsFoundByItsDedupeKey() {
        Notification stored = queued(NotificationKind.CUSTOM, "direct:1", NOW);
        outbox.enqueue(List.of(stored));

        assertThat(((PostgresNotificationQueue) queue).findByDedupeKey("direct:1")).contains(stored);
        assertThat(((PostgresNotificationQueue) queue).findByDedupeKey("direct:2")).isEmpty();
    }

    @Test
    void twoConcurrentClaimersNeverGetTheSameNotification() throws Exception {
        int total = 500;
        List<Notification> due = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            due.add(queued(NotificationKind.values()[i % NotificationKind.values().length], "n" + i,
                    NOW.minusSeconds(i)));
        }
        assertThat(outbox.enqueue(due)).isEqualTo(total);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<NotificationId>>> claims = new ArrayList<>();
            for (String worker : List.of("worker-a", "worker-b")) {
                claims.add(workers.submit(() -> claimUntilEmpty(worker, start)));
            }
            start.countDown();
            List<NotificationId> a = claims.get(0).get(60, TimeUnit.SECONDS);
            List<NotificationId> b = claims.get(1).get(60, TimeUnit.SECONDS);

            Set<NotificationId> both = new HashSet<>(a);
            both.retainAll(b);
            assertThat(both).as("claimed by both workers").isEmpty();
            assertThat(a.size() + b.size()).isEqualTo(total);
            assertThat(new HashSet<>(a)).hasSize(a.size());
            assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE status = 'SENDING' AND attempts = 1"))
                    .isEqualTo(total);
            assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE claimed_by = 'worker-a'"))
                    .isEqualTo(a.size());
        } finally {
            workers.shutdownNow();
        }
    }

    private List<NotificationId> claimUntilEmpty(String worker, CountDownLatch start) throws InterruptedException {
        start.await();
        List<NotificationId> mine = new ArrayList<>();
        List<Notification> batch;
        do {
            // Each claim stays locked a moment before its commit, so the other worker's claims run into
            // locked rows for real and must skip them.
            batch = transactions.inTransaction(() -> {
                List<Notification> claimed = queue.claimDue(NOW, 20, worker, LEASE);
                pause(Duration.ofMillis(2));
                return claimed;
            });
            batch.forEach(n -> mine.add(n.id()));
        } while (!batch.isEmpty());
        return mine;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
