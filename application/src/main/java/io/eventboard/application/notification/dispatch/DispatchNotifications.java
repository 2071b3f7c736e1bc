package io.eventboard.application.notification.dispatch;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationSender;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Sends what is due in the outbox. Claiming is a short transaction of its own and sending happens outside any
 * transaction, so a slow peer never holds database locks; the lease lets another dispatcher take over the
 * notifications of one that died mid-send.
 */
public final class DispatchNotifications {

    private final Transactions transactions;
    private final NotificationQueue queue;
    private final Map<DeliveryChannel, NotificationSender> senders = new EnumMap<>(DeliveryChannel.class);
    private final DispatchSettings settings;
    private final RandomGenerator jitter;
    private final Clock clock;

    public DispatchNotifications(Transactions transactions, NotificationQueue queue, List<NotificationSender> senders,
                                 DispatchSettings settings, RandomGenerator jitter, Clock clock) {
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
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (Notification notification : claimed) {
            Notification outcome = attempt(notification);
            if (transactions.inTransaction(() -> queue.record(outcome, settings.worker()))) {
                switch (outcome.status()) {
                    case SENT -> sent++;
                    case QUEUED -> retried++;
                    default -> failed++;
                }
            }
        }
        return new DispatchReport(claimed.size(), sent, retried, failed, expired);
    }

    private Notification attempt(Notification notification) {
        Delivery delivery = deliver(notification);
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
        try {
            return sender.send(notification);
        } catch (RuntimeException e) {
            return Delivery.retryable(e.getClass().getSimpleName() + ": " + e.getMessage());
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
