package io.eventboard.application.notification.dispatch;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * Sends what is due in the outbox. Claiming is a short transaction of its own and sending happens outside any
 * transaction, so a slow peer never holds database locks; the lease lets another dispatcher take over the
 * notifications of one that died mid-send. The outcomes of a batch are stored together, in one transaction
 * and (in PostgreSQL) one statement, each only if this dispatcher still holds its lease. The sends of a batch
 * run side by side on the given executor, since each waits mostly on its peer (an SMTP server, a webhook);
 * what the outcomes mean for each notification is then worked out on the calling thread.
 */
public final class DispatchNotifications {

    private final Transactions transactions;
    private final NotificationQueue queue;
    private final Map<DeliveryChannel, NotificationSender> senders = new EnumMap<>(DeliveryChannel.class);
    private final DispatchSettings settings;
    private final RandomGenerator jitter;
    private final Clock clock;
    private final DispatchMetrics metrics;
    private final Executor sends;

    /** Sends one after the other, on the dispatching thread, without metrics. */
    public DispatchNotifications(Transactions transactions, NotificationQueue queue, List<NotificationSender> senders,
                                 DispatchSettings settings, RandomGenerator jitter, Clock clock) {
        this(transactions, queue, senders, settings, jitter, clock, DispatchMetrics.NONE, Runnable::run);
    }

    public DispatchNotifications(Transactions transactions, NotificationQueue queue, List<NotificationSender> senders,
                                 DispatchSettings settings, RandomGenerator jitter, Clock clock,
                                 DispatchMetrics metrics, Executor sends) {
        this.metrics = metrics;
        this.sends = sends;
        this.transactions = transactions;
        this.queue = queue;
        for (NotificationSender sender : senders) {
            this.senders.put(sender.channel(), sender);
        }
        this.settings = settings;
        this.jitter = jitter;
        this.clock = clock;
    }

    /** One round: settle expired leases, claim one batch, send it. */
    public DispatchReport dispatchOnce() {
        int expired = settleExpiredLeases();
        Instant claimedAt = clock.instant();
        List<Notification> claimed = transactions.inTransaction(() -> queue.claimDue(claimedAt,
                settings.batchSize(), settings.worker(), claimedAt.plus(settings.lease())));
        if (claimed.isEmpty()) {
            return new DispatchReport(0, 0, 0, 0, expired);
        }
        List<Delivery> deliveries = deliverAll(claimed);
        List<Notification> outcomes = new ArrayList<>(claimed.size());
        for (int i = 0; i < claimed.size(); i++) {
            outcomes.add(outcome(claimed.get(i), deliveries.get(i)));
        }
        Set<NotificationId> recorded = new HashSet<>(
                transactions.inTransaction(() -> queue.recordAll(outcomes, settings.worker())));
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (Notification outcome : outcomes) {
            if (!recorded.contains(outcome.id())) {
                continue;
            }
            metrics.recorded(outcome);
            switch (outcome.status()) {
                case SENT -> sent++;
                case QUEUED -> retried++;
                default -> failed++;
            }
        }
        return new DispatchReport(claimed.size(), sent, retried, failed, expired);
    }

    private List<Delivery> deliverAll(List<Notification> claimed) {
        List<CompletableFuture<Delivery>> pending = new ArrayList<>(claimed.size());
        for (Notification notification : claimed) {
            pending.add(CompletableFuture.supplyAsync(() -> deliver(notification), sends));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private Notification outcome(Notification notification, Delivery delivery) {
        Instant now = clock.instant();
        Result<Notification> next = delivery instanceof Delivery.Failed failure
                ? notification.failed(failure.error(), failure.retryable(), failure.retryAfter(),
                        settings.retryPolicy(), jitter.nextDouble(), now)
                : notification.delivered(now);
        return next.value();
    }

    /** A sender that throws is a bug in the sender, but it must not stop the round or lose the notification. */
    private Delivery deliver(Notification notification) {
        NotificationSender sender = senders.get(notification.channel());
        if (sender == null) {
            return Delivery.permanent("no sender is configured for channel " + notification.channel());
        }
        long started = System.nanoTime();
        try {
            return sender.send(notification);
        } catch (RuntimeException e) {
            return Delivery.retryable(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            metrics.sendTimed(notification.channel(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private int settleExpiredLeases() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            List<Notification> expired = queue.expiredLeases(now, settings.batchSize());
            for (Notification notification : expired) {
                queue.update(notification.leaseExpired(settings.retryPolicy(), now).value());
            }
            return expired.size();
        });
    }
}
