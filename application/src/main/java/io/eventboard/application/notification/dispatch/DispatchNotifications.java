package io.eventboard.application.notification.dispatch;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationSender;
import io.eventboard.domain.notification.NotificationStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
 * to peers run side by side on the given executor, since each waits mostly on its peer (an SMTP server, a
 * webhook); local sends (the log) run on the calling thread meanwhile, and notifications whose stored row is the
 * delivery (the inbox) are marked sent by the claim itself. What the outcomes mean for each notification is worked
 * out on the calling thread.
 */
public final class DispatchNotifications {

    /** How often, at most, a dispatcher looks for expired leases while batches keep coming. */
    static final Duration SETTLE_EVERY = Duration.ofSeconds(1);

    private final Transactions transactions;
    private final NotificationQueue queue;
    private final Map<DeliveryChannel, NotificationSender> senders = new EnumMap<>(DeliveryChannel.class);
    private final DispatchSettings settings;
    private final RandomGenerator jitter;
    private final Clock clock;
    private final DispatchMetrics metrics;
    private final Executor sends;
    private final Set<DeliveryChannel> storedChannels = EnumSet.noneOf(DeliveryChannel.class);
    private final Duration settleEvery;
    /** When expired leases are looked for next; null: in the next round. */
    private volatile Instant nextSettling;

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
        this.senders.forEach((channel, sender) -> {
            if (sender.reach() == NotificationSender.Reach.STORED) {
                storedChannels.add(channel);
            }
        });
        this.settleEvery = settings.lease().compareTo(SETTLE_EVERY) < 0 ? settings.lease() : SETTLE_EVERY;
        this.settings = settings;
        this.jitter = jitter;
        this.clock = clock;
    }

    /**
     * One round: settle expired leases (when {@link #SETTLE_EVERY} has passed since the last settling found less
     * than a batch), claim one batch, send it. Notifications whose stored row is their delivery come back from the
     * claim already sent; only the others are sent and recorded.
     */
    public DispatchReport dispatchOnce() {
        int expired = settleExpiredLeasesWhenDue();
        Instant claimedAt = clock.instant();
        List<Notification> claimed = transactions.inTransaction(() -> queue.claimDue(claimedAt,
                settings.batchSize(), settings.worker(), claimedAt.plus(settings.lease()), storedChannels));
        if (claimed.isEmpty()) {
            return new DispatchReport(0, 0, 0, 0, expired);
        }
        int sent = 0;
        List<Notification> toSend = new ArrayList<>(claimed.size());
        for (Notification notification : claimed) {
            if (notification.status() == NotificationStatus.SENT) {
                metrics.recorded(notification);
                sent++;
            } else {
                toSend.add(notification);
            }
        }
        if (toSend.isEmpty()) {
            return new DispatchReport(claimed.size(), sent, 0, 0, expired);
        }
        List<Delivery> deliveries = deliverAll(toSend);
        List<Notification> outcomes = new ArrayList<>(toSend.size());
        for (int i = 0; i < toSend.size(); i++) {
            outcomes.add(outcome(toSend.get(i), deliveries.get(i)));
        }
        Set<NotificationId> recorded = new HashSet<>(
                transactions.inTransaction(() -> queue.recordAll(outcomes, settings.worker())));
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

    /**
     * Sends to peers are handed to the executor first, so they run side by side; local sends then run on this
     * thread meanwhile. The deliveries come back in the order of {@code toSend}.
     */
    private List<Delivery> deliverAll(List<Notification> toSend) {
        List<CompletableFuture<Delivery>> pending = new ArrayList<>(toSend.size());
        for (Notification notification : toSend) {
            NotificationSender sender = senders.get(notification.channel());
            pending.add(sender != null && sender.reach() == NotificationSender.Reach.PEER
                    ? CompletableFuture.supplyAsync(() -> deliver(sender, notification), sends) : null);
        }
        List<Delivery> deliveries = new ArrayList<>(toSend.size());
        for (int i = 0; i < toSend.size(); i++) {
            Notification notification = toSend.get(i);
            deliveries.add(pending.get(i) == null ? deliver(senders.get(notification.channel()), notification) : null);
        }
        for (int i = 0; i < toSend.size(); i++) {
            if (pending.get(i) != null) {
                deliveries.set(i, pending.get(i).join());
            }
        }
        return deliveries;
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
    private Delivery deliver(NotificationSender sender, Notification notification) {
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

    /**
     * An expired lease is at least a lease old, so looking for them once per {@link #SETTLE_EVERY} (or the lease,
     * when shorter) delays nothing that matters and saves a transaction per batch; a settling that found a full
     * batch looks again in the next round, as more may wait.
     */
    private int settleExpiredLeasesWhenDue() {
        Instant now = clock.instant();
        if (nextSettling != null && now.isBefore(nextSettling)) {
            return 0;
        }
        int expired = transactions.inTransaction(() -> {
            List<Notification> found = queue.expiredLeases(now, settings.batchSize());
            for (Notification notification : found) {
                queue.update(notification.leaseExpired(settings.retryPolicy(), now).value());
            }
            return found.size();
        });
        nextSettling = expired < settings.batchSize() ? now.plus(settleEvery) : null;
        return expired;
    }
}
