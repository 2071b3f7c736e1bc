package io.eventboard.application.notification.dispatch;

import static io.eventboard.application.testing.RecordingNotificationSender.after;
import static io.eventboard.application.testing.RecordingNotificationSender.delivered;
import static io.eventboard.application.testing.RecordingNotificationSender.permanentFailure;
import static io.eventboard.application.testing.RecordingNotificationSender.retryableFailure;
import static io.eventboard.application.testing.RecordingNotificationSender.throwing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.testing.InMemoryDatabase.Lease;
import io.eventboard.application.testing.RecordingNotificationSender;
import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationKind;
import io.eventboard.domain.notification.NotificationSender;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.notification.RetryPolicy;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DispatchNotificationsTest {

    private final TestBoard board = TestBoard.now();
    private final UserId user = board.aUser();
    private final RecordingNotificationSender inbox = board.sender(DeliveryChannel.IN_APP);

    private Notification queue(NotificationKind kind, DeliveryChannel channel, Instant scheduledAt) {
        Recipient recipient = channel == DeliveryChannel.IN_APP ? Recipient.inbox(user)
                : new Recipient(channel, user, "someone@example.org");
        Notification notification = Notification.queue(new NotificationId(Ids.timeOrdered(board.instant())),
                recipient, kind, kind + " subject", kind + " body", "key:" + kind + ":" + UUID.randomUUID(), scheduledAt,
                board.instant());
        board.inTransaction(() -> board.notifications().enqueue(List.of(notification)));
        return notification;
    }

    private Notification queue(NotificationKind kind) {
        return queue(kind, DeliveryChannel.IN_APP, null);
    }

    private Notification stored(Notification notification) {
        return board.notifications().get(notification.id());
    }

    private DispatchReport dispatch() {
        return board.dispatchNotifications().dispatchOnce();
    }

    @Test
    void a_due_notification_is_sent_and_marked_sent() {
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        board.advance(Duration.ofSeconds(5));

        DispatchReport report = dispatch();

        assertThat(report).isEqualTo(new DispatchReport(1, 1, 0, 0, 0));
        assertThat(inbox.sent()).extracting(Notification::id).containsExactly(notification.id());
        assertThat(inbox.sent().get(0).status()).isEqualTo(NotificationStatus.SENDING);
        assertThat(inbox.sent().get(0).attempts()).isEqualTo(1);
        Notification sent = stored(notification);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(board.instant());
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.error()).isEmpty();
        assertThat(board.notifications().leaseOf(notification.id())).isEmpty();
    }

    @Test
    void each_notification_goes_to_the_sender_of_its_channel() {
        Notification toInbox = queue(NotificationKind.CUSTOM, DeliveryChannel.IN_APP, null);
        Notification byMail = queue(NotificationKind.CUSTOM, DeliveryChannel.EMAIL, null);
        Notification toLog = queue(NotificationKind.CUSTOM, DeliveryChannel.LOG, null);

        dispatch();

        assertThat(inbox.attempts()).extracting(Notification::id).containsExactly(toInbox.id());
        assertThat(board.sender(DeliveryChannel.EMAIL).attempts()).extracting(Notification::id)
                .containsExactly(byMail.id());
        assertThat(board.sender(DeliveryChannel.LOG).attempts()).extracting(Notification::id)
                .containsExactly(toLog.id());
    }

    @Test
    void higher_priority_goes_first_and_within_a_priority_the_longest_waiting() {
        Notification bulk = queue(NotificationKind.CUSTOM);
        board.advance(Duration.ofSeconds(1));
        Notification normal = queue(NotificationKind.EVENT_CHANGED);
        board.advance(Duration.ofSeconds(1));
        Notification urgentOlder = queue(NotificationKind.BOOKING_CONFIRMED);
        board.advance(Duration.ofSeconds(1));
        Notification urgentNewer = queue(NotificationKind.EVENT_REMINDER);

        DispatchReport first = dispatch();

        assertThat(first.claimed()).isEqualTo(TestBoard.BATCH_SIZE);
        assertThat(inbox.attempts()).extracting(Notification::id)
                .containsExactly(urgentOlder.id(), urgentNewer.id(), normal.id());
        assertThat(stored(bulk).status()).isEqualTo(NotificationStatus.QUEUED);

        assertThat(dispatch()).isEqualTo(new DispatchReport(1, 1, 0, 0, 0));
        assertThat(inbox.attempts()).extracting(Notification::id).last().isEqualTo(bulk.id());
    }

    @Test
    void a_notification_scheduled_for_later_waits_until_the_clock_reaches_it() {
        Notification later = queue(NotificationKind.CUSTOM, DeliveryChannel.IN_APP,
                board.instant().plus(Duration.ofMinutes(10)));

        assertThat(dispatch()).isEqualTo(DispatchReport.NONE);
        board.advance(Duration.ofMinutes(9));
        assertThat(dispatch()).isEqualTo(DispatchReport.NONE);
        assertThat(inbox.attempts()).isEmpty();

        board.advance(Duration.ofMinutes(1));
        assertThat(dispatch()).isEqualTo(new DispatchReport(1, 1, 0, 0, 0));
        assertThat(stored(later).status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void a_retryable_failure_requeues_with_growing_delays_until_the_attempts_run_out_keeping_the_error() {
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        inbox.always(retryableFailure("peer unavailable"));
        List<Duration> delays = new ArrayList<>();

        for (int attempt = 1; attempt < RetryPolicy.DEFAULT.maxAttempts(); attempt++) {
            assertThat(dispatch()).isEqualTo(new DispatchReport(1, 0, 1, 0, 0));
            Notification requeued = stored(notification);
            assertThat(requeued.status()).isEqualTo(NotificationStatus.QUEUED);
            assertThat(requeued.attempts()).isEqualTo(attempt);
            assertThat(requeued.error()).contains("peer unavailable");
            delays.add(Duration.between(board.instant(), requeued.nextAttemptAt()));

            // not due again before its time
            board.advance(delays.get(delays.size() - 1).minusSeconds(1));
            assertThat(dispatch().claimed()).isZero();
            board.advance(Duration.ofSeconds(1));
        }

        assertThat(delays).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofSeconds(80));
        assertThat(dispatch()).isEqualTo(new DispatchReport(1, 0, 0, 1, 0));
        Notification failed = stored(notification);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(RetryPolicy.DEFAULT.maxAttempts());
        assertThat(failed.error()).contains("peer unavailable");
        assertThat(failed.sentAt()).isNull();

        board.advance(Duration.ofHours(2));
        assertThat(dispatch()).isEqualTo(DispatchReport.NONE);
        assertThat(inbox.attempts()).hasSize(RetryPolicy.DEFAULT.maxAttempts());
    }

    @Test
    void a_retry_after_the_transient_failure_succeeds() {
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        inbox.willAnswer(retryableFailure("timeout"), delivered());

        dispatch();
        board.advance(Duration.ofSeconds(10));
        assertThat(dispatch()).isEqualTo(new DispatchReport(1, 1, 0, 0, 0));

        Notification sent = stored(notification);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.error()).isEmpty();
    }

    @Test
    void the_jitter_stretches_the_delay() {
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        inbox.willAnswer(retryableFailure("timeout"));
        board.jitter().set(0.5);

        dispatch();

        assertThat(stored(notification).nextAttemptAt()).isEqualTo(board.instant().plusSeconds(15));
    }

    @Test
    void a_peer_asking_to_wait_longer_than_the_backoff_is_obeyed() {
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        inbox.willAnswer(retryableFailure("rate limited", Duration.ofMinutes(5)));

        assertThat(dispatch().retried()).isEqualTo(1);

        assertThat(stored(notification).nextAttemptAt()).isEqualTo(board.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void a_permanent_failure_fails_at_once_keeping_the_error() {
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        inbox.willAnswer(permanentFailure("no such mailbox"));

        assertThat(dispatch()).isEqualTo(new DispatchReport(1, 0, 0, 1, 0));

        Notification failed = stored(notification);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.error()).contains("no such mailbox");
        board.advance(Duration.ofHours(1));
        assertThat(dispatch()).isEqualTo(DispatchReport.NONE);
    }

    @Test
    void a_sender_that_throws_counts_as_a_retryable_failure_and_the_round_goes_on() {
        Notification broken = queue(NotificationKind.BOOKING_CONFIRMED);
        board.advance(Duration.ofMillis(1));
        Notification fine = queue(NotificationKind.BOOKING_CONFIRMED);
        inbox.willAnswer(throwing(new IllegalStateException("boom")), delivered());

        assertThat(dispatch()).isEqualTo(new DispatchReport(2, 1, 1, 0, 0));

        Notification requeued = stored(broken);
        assertThat(requeued.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(requeued.error()).contains("IllegalStateException: boom");
        assertThat(requeued.nextAttemptAt()).isEqualTo(board.instant().plusSeconds(10));
        assertThat(stored(fine).status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void a_notification_for_a_channel_without_sender_fails_for_good() {
        Notification byMail = queue(NotificationKind.BOOKING_CONFIRMED, DeliveryChannel.EMAIL, null);
        List<NotificationSender> onlyInbox = List.of(inbox);

        DispatchReport report = board.dispatchNotifications(TestBoard.WORKER, onlyInbox).dispatchOnce();

        assertThat(report).isEqualTo(new DispatchReport(1, 0, 0, 1, 0));
        Notification failed = stored(byMail);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.error()).contains("no sender is configured for channel EMAIL");
    }

    @Test
    void a_claim_leases_the_notification_to_the_worker_for_the_lease_length() {
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        Instant claimedAt = board.instant();
        List<Lease> leasesSeen = new ArrayList<>();
        inbox.willAnswer(after(() -> leasesSeen.add(board.notifications().leaseOf(notification.id()).orElseThrow()),
                delivered()));

        dispatch();

        assertThat(leasesSeen).containsExactly(new Lease(TestBoard.WORKER, claimedAt.plus(TestBoard.LEASE)));
    }

    @Test
    void an_expired_lease_puts_the_notification_back_in_the_queue_and_a_later_round_sends_it() {
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        claimByDeadWorker();

        board.advance(TestBoard.LEASE.minusSeconds(1));
        assertThat(dispatch()).isEqualTo(DispatchReport.NONE);
        assertThat(stored(notification).status()).isEqualTo(NotificationStatus.SENDING);

        board.advance(Duration.ofSeconds(2));
        DispatchReport settled = dispatch();

        assertThat(settled).isEqualTo(new DispatchReport(0, 0, 0, 0, 1));
        Notification requeued = stored(notification);
        assertThat(requeued.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(requeued.error()).hasValueSatisfying(error -> assertThat(error).contains("lease expired"));
        assertThat(requeued.nextAttemptAt()).isEqualTo(board.instant().plusSeconds(10));
        assertThat(board.notifications().leaseOf(notification.id())).isEmpty();

        board.advance(Duration.ofSeconds(10));
        assertThat(dispatch()).isEqualTo(new DispatchReport(1, 1, 0, 0, 0));
        assertThat(stored(notification).attempts()).isEqualTo(2);
    }

    @Test
    void an_expired_lease_on_the_last_attempt_fails_the_notification() {
        board.withRetryPolicy(new RetryPolicy(1, Duration.ofSeconds(10), Duration.ofMinutes(1)));
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        claimByDeadWorker();
        board.advance(TestBoard.LEASE.plusSeconds(1));

        assertThat(dispatch()).isEqualTo(new DispatchReport(0, 0, 0, 0, 1));

        Notification failed = stored(notification);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.error()).hasValueSatisfying(error -> assertThat(error).contains("lease expired"));
    }

    @Test
    void an_outcome_is_not_recorded_when_another_worker_took_the_notification_over_meanwhile() {
        Notification notification = queue(NotificationKind.BOOKING_CONFIRMED);
        DispatchNotifications slow = board.dispatchNotifications();
        DispatchNotifications other = board.dispatchNotifications("dispatcher-2", board.senders());
        List<DispatchReport> otherReports = new ArrayList<>();
        // The slow worker's send hangs past its lease; the other worker settles the lease and sends again.
        inbox.willAnswer(after(() -> {
            board.advance(TestBoard.LEASE.plusSeconds(1));
            otherReports.add(other.dispatchOnce());
            board.advance(Duration.ofSeconds(10));
            otherReports.add(other.dispatchOnce());
        }, permanentFailure("late answer of the slow worker")));

        DispatchReport slowReport = slow.dispatchOnce();

        assertThat(otherReports).containsExactly(new DispatchReport(0, 0, 0, 0, 1), new DispatchReport(1, 1, 0, 0, 0));
        assertThat(slowReport).isEqualTo(new DispatchReport(1, 0, 0, 0, 0));
        Notification sent = stored(notification);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.error()).isEmpty();
    }

    @Test
    void expired_leases_are_settled_at_most_a_batch_per_round() {
        for (int i = 0; i < 4; i++) {
            queue(NotificationKind.BOOKING_CONFIRMED);
        }
        board.inTransaction(() -> board.notifications().claimDue(board.instant(), 10, "dead",
                board.instant().plus(TestBoard.LEASE)));
        board.advance(TestBoard.LEASE.plusSeconds(1));

        assertThat(dispatch().leasesExpired()).isEqualTo(TestBoard.BATCH_SIZE);
        assertThat(dispatch().leasesExpired()).isEqualTo(1);
        assertThat(dispatch().leasesExpired()).isZero();
    }

    @Test
    void a_round_claims_at_most_one_batch() {
        for (int i = 0; i < 5; i++) {
            queue(NotificationKind.BOOKING_CONFIRMED);
        }

        assertThat(dispatch()).isEqualTo(new DispatchReport(3, 3, 0, 0, 0));
        assertThat(dispatch()).isEqualTo(new DispatchReport(2, 2, 0, 0, 0));
        assertThat(dispatch()).isEqualTo(DispatchReport.NONE);
        assertThat(board.notifications().all()).allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void the_sends_of_a_batch_run_side_by_side_on_the_executor() throws Exception {
        int batch = 3;
        for (int i = 0; i < batch; i++) {
            queue(NotificationKind.CUSTOM);
        }
        // Each send waits until all of the batch are being sent at once: one after the other, it would time out.
        CyclicBarrier allAtOnce = new CyclicBarrier(batch);
        NotificationSender waitingForTheOthers = new NotificationSender() {
            @Override
            public DeliveryChannel channel() {
                return DeliveryChannel.IN_APP;
            }

            @Override
            public Delivery send(Notification notification) {
                try {
                    allAtOnce.await(5, TimeUnit.SECONDS);
                    return Delivery.delivered();
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    return Delivery.retryable("not sent side by side: " + e);
                }
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(batch);
        try {
            board.advance(Duration.ofSeconds(1));

            DispatchReport report = board.dispatchNotifications(List.of(waitingForTheOthers), threads).dispatchOnce();

            assertThat(report).isEqualTo(new DispatchReport(batch, batch, 0, 0, 0));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_notification_whose_stored_row_is_its_delivery_is_sent_by_the_claim_itself_never_by_its_sender() {
        Notification toInbox = queue(NotificationKind.CUSTOM, DeliveryChannel.IN_APP, null);
        Notification toLog = queue(NotificationKind.CUSTOM, DeliveryChannel.LOG, null);
        board.advance(Duration.ofSeconds(5));
        List<Notification> handedToTheInbox = new ArrayList<>();
        NotificationSender storedInbox = sender(DeliveryChannel.IN_APP, NotificationSender.Reach.STORED,
                notification -> handedToTheInbox.add(notification));
        List<Notification> seenByMetrics = new ArrayList<>();

        DispatchReport report = new DispatchNotifications(board.transactions(), board.notifications(),
                List.of(storedInbox, board.sender(DeliveryChannel.LOG)), board.dispatchSettings(TestBoard.WORKER),
                board.jitter(), board.clock(), metricsRecording(seenByMetrics), Runnable::run).dispatchOnce();

        assertThat(report).isEqualTo(new DispatchReport(2, 2, 0, 0, 0));
        assertThat(handedToTheInbox).isEmpty();
        Notification inboxed = stored(toInbox);
        assertThat(inboxed.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(inboxed.sentAt()).isEqualTo(board.instant());
        assertThat(inboxed.attempts()).isEqualTo(1);
        assertThat(board.notifications().leaseOf(toInbox.id())).isEmpty();
        assertThat(stored(toLog).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(seenByMetrics).extracting(Notification::id).containsExactlyInAnyOrder(toInbox.id(), toLog.id());
        assertThat(seenByMetrics).allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void local_sends_run_on_the_dispatching_thread_and_sends_to_peers_on_the_executor() {
        queue(NotificationKind.CUSTOM, DeliveryChannel.LOG, null);
        queue(NotificationKind.CUSTOM, DeliveryChannel.WEBHOOK, null);
        List<Thread> logThreads = new ArrayList<>();
        List<Thread> webhookThreads = new ArrayList<>();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            DispatchReport report = board.dispatchNotifications(List.of(
                    sender(DeliveryChannel.LOG, NotificationSender.Reach.LOCAL, n -> logThreads.add(Thread.currentThread())),
                    sender(DeliveryChannel.WEBHOOK, NotificationSender.Reach.PEER,
                            n -> webhookThreads.add(Thread.currentThread()))), threads).dispatchOnce();

            assertThat(report).isEqualTo(new DispatchReport(2, 2, 0, 0, 0));
            assertThat(logThreads).containsExactly(Thread.currentThread());
            assertThat(webhookThreads).hasSize(1).doesNotContain(Thread.currentThread());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void while_batches_keep_coming_expired_leases_are_looked_for_at_most_once_a_second() {
        DispatchNotifications dispatcher = board.dispatchNotifications();
        queue(NotificationKind.BOOKING_CONFIRMED);
        claimByDeadWorker();
        board.advance(TestBoard.LEASE.minusMillis(500));
        assertThat(dispatcher.dispatchOnce().leasesExpired()).isZero();

        board.advance(Duration.ofMillis(600));
        assertThat(dispatcher.dispatchOnce().leasesExpired()).as("expired, but looked for 0.6 s ago").isZero();
        board.advance(Duration.ofMillis(400));
        assertThat(dispatcher.dispatchOnce().leasesExpired()).isEqualTo(1);
    }

    private static NotificationSender sender(DeliveryChannel channel, NotificationSender.Reach reach,
                                             Consumer<Notification> onSend) {
        return new NotificationSender() {
            @Override
            public DeliveryChannel channel() {
                return channel;
            }

            @Override
            public Reach reach() {
                return reach;
            }

            @Override
            public Delivery send(Notification notification) {
                onSend.accept(notification);
                return Delivery.delivered();
            }
        };
    }

    private static DispatchMetrics metricsRecording(List<Notification> recorded) {
        return new DispatchMetrics() {
            @Override
            public void sendTimed(DeliveryChannel channel, Duration took) {
                // not needed here
            }

            @Override
            public void recorded(Notification outcome) {
                recorded.add(outcome);
            }
        };
    }

    @Test
    void the_settings_refuse_a_non_positive_batch_or_lease() {
        assertThatThrownBy(() -> new DispatchSettings(0, Duration.ofSeconds(1), RetryPolicy.DEFAULT, "w"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DispatchSettings(1, Duration.ZERO, RetryPolicy.DEFAULT, "w"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DispatchSettings(1, Duration.ofSeconds(-1), RetryPolicy.DEFAULT, "w"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DispatchSettings(1, null, RetryPolicy.DEFAULT, "w"))
                .isInstanceOf(NullPointerException.class);
    }

    private void claimByDeadWorker() {
        Instant now = board.instant();
        List<Notification> claimed = board.inTransaction(() -> board.notifications().claimDue(now, 10, "dead-worker",
                now.plus(TestBoard.LEASE)));
        assertThat(claimed).hasSize(1);
    }
}
