package io.eventboard.bootstrap.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.notification.dispatch.DispatchNotifications;
import io.eventboard.application.notification.dispatch.DispatchReport;
import io.eventboard.application.notification.dispatch.DispatchSettings;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.domain.notification.RetryPolicy;
import io.eventboard.domain.testdata.MutableClock;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The dispatcher on real PostgreSQL with a clock the tests move: schedules, crashed dispatchers, concurrency. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchOnPostgresTest implements TestServer {

    private static final Instant START = Instant.parse("2030-01-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = MutableClock.startingAt(START);

    @Inject
    Transactions transactions;
    @Inject
    Outbox outbox;
    @Inject
    NotificationQueue queue;
    @Inject
    RetryPolicy retryPolicy;
    @Inject
    DispatchNotifications dispatch;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
        clock.set(START);
    }

    private void enqueue(List<Notification> notifications) {
        transactions.inTransaction(() -> outbox.enqueue(notifications));
    }

    private long withStatus(NotificationStatus status) {
        return DirectSql.number("SELECT count(*) FROM notifications WHERE status = ?", status.name());
    }

    private DispatchNotifications dispatcher(String worker, RecordingSender sender, int batchSize) {
        return new DispatchNotifications(transactions, queue, List.of(sender),
                new DispatchSettings(batchSize, LEASE, retryPolicy, worker), RandomGenerator.getDefault(), clock);
    }

    @Test
    void aNotificationScheduledForLaterIsNotSentBeforeItsTimeAndIsSentAfter() {
        Notification later = Queued.toLog(clock.instant(), START.plus(Duration.ofMinutes(30)));
        enqueue(List.of(later));

        assertThat(dispatch.dispatchOnce()).isEqualTo(DispatchReport.NONE);
        clock.advance(Duration.ofMinutes(29));
        assertThat(dispatch.dispatchOnce()).isEqualTo(DispatchReport.NONE);
        assertThat(withStatus(NotificationStatus.QUEUED)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatch.dispatchOnce().sent()).isEqualTo(1);
        Notification sent = queue.findById(later.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aDispatcherThatDiesAfterClaimingLeavesItsNotificationsToAnotherOnceTheLeaseExpires() {
        enqueue(Queued.toLog(clock.instant(), 30));
        List<Notification> claimed = transactions.inTransaction(() ->
                queue.claimDue(clock.instant(), 100, "crashed-worker", clock.instant().plus(LEASE)));
        assertThat(claimed).hasSize(30);
        // the crashed worker never records anything: its rows stay SENDING under its lease
        assertThat(withStatus(NotificationStatus.SENDING)).isEqualTo(30);

        RecordingSender sender = new RecordingSender();
        DispatchNotifications survivor = dispatcher("survivor", sender, 100);
        assertThat(survivor.dispatchOnce()).isEqualTo(DispatchReport.NONE);
        clock.advance(LEASE.minusSeconds(1));
        assertThat(survivor.dispatchOnce()).isEqualTo(DispatchReport.NONE);
        assertThat(withStatus(NotificationStatus.SENDING)).isEqualTo(30);

        clock.advance(Duration.ofSeconds(2));
        int sent = 0;
        for (int round = 0; round < 10 && sent < 30; round++) {
            sent += survivor.dispatchOnce().sent();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(sent).isEqualTo(30);
        assertThat(withStatus(NotificationStatus.SENT)).isEqualTo(30);
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE attempts = 2")).isEqualTo(30);
        assertThat(sender.sends()).hasSize(30).allSatisfy((id, count) -> assertThat(count.get()).isEqualTo(1));
        // the crashed worker comes back too late: its lease is gone, so its outcome does not count
        assertThat(transactions.inTransaction(() -> queue.recordAll(
                claimed.stream().map(n -> n.delivered(clock.instant()).value()).toList(), "crashed-worker")))
                .isEmpty();
    }

    @Test
    void threeDispatchersSendTwoThousandNotificationsEachExactlyOnce() throws Exception {
        enqueue(Queued.toLog(clock.instant(), 2_000));
        RecordingSender sender = new RecordingSender();
        List<DispatchNotifications> dispatchers = List.of(dispatcher("w1", sender, 50),
                dispatcher("w2", sender, 50), dispatcher("w3", sender, 50));
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> runs = new ArrayList<>();
        for (DispatchNotifications dispatcher : dispatchers) {
            runs.add(pool.submit(() -> {
                start.await();
                DispatchReport round;
                do {
                    round = dispatcher.dispatchOnce();
                    sent.addAndGet(round.sent());
                } while (round.claimed() > 0);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(sent.get()).isEqualTo(2_000);
        assertThat(sender.sends()).hasSize(2_000).allSatisfy((id, count) -> assertThat(count.get()).isEqualTo(1));
        assertThat(withStatus(NotificationStatus.SENT)).isEqualTo(2_000);
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE attempts <> 1 OR claimed_by IS NOT NULL"))
                .isZero();
        assertThat(DirectSql.number("SELECT count(DISTINCT claimed_by) FROM notifications")).isZero();
    }

    @Test
    void outcomesOfABatchAreStoredInOneGoOnlyForTheLeaseHolder() {
        enqueue(Queued.toLog(clock.instant(), 3));
        List<Notification> claimed = transactions.inTransaction(() ->
                queue.claimDue(clock.instant(), 10, "holder", clock.instant().plus(LEASE)));
        List<Notification> outcomes = claimed.stream().map(n -> n.delivered(clock.instant()).value()).toList();

        assertThat(transactions.inTransaction(() -> queue.recordAll(outcomes, "intruder"))).isEmpty();
        assertThat(transactions.inTransaction(() -> queue.recordAll(outcomes, "holder")))
                .containsExactlyInAnyOrderElementsOf(claimed.stream().map(Notification::id).toList());
        assertThat(transactions.inTransaction(() -> queue.recordAll(outcomes, "holder"))).isEmpty();
        assertThat(queue.countByStatus()).containsEntry(NotificationStatus.SENT, 3L);
        Notification stored = queue.findById(claimed.get(0).id()).orElseThrow();
        assertThat(stored.sentAt()).isEqualTo(clock.instant());
        assertThat(stored.nextAttemptAt()).isEqualTo(outcomes.get(0).nextAttemptAt());
    }
}
