package io.eventboard.bootstrap.metrics;

import io.eventboard.application.notification.dispatch.DispatchMetrics;
import io.eventboard.application.notification.dispatch.DispatchStatistics;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationQueue;
import io.eventboard.domain.notification.NotificationStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dispatcher's metrics in Micrometer (exported at {@code GET /prometheus}), and the same numbers for
 * {@code GET /api/admin/notifications/stats}:
 * <ul>
 *   <li>{@code eventboard.notifications.queue} gauge, tag {@code status}: rows per status in the outbox, from one
 *   {@code GROUP BY} cached for {@link #DEPTH_MAX_AGE};</li>
 *   <li>{@code eventboard.notifications.sent / .failed / .retried} counters, tag {@code channel}: outcomes this
 *   node stored since it started;</li>
 *   <li>{@code eventboard.notifications.send} timer, tag {@code channel}: each call of a sender.</li>
 * </ul>
 */
@Singleton
public class NotificationMetrics implements DispatchMetrics, DispatchStatistics {

    static final Duration DEPTH_MAX_AGE = Duration.ofSeconds(5);

    private final Map<DeliveryChannel, Counter> sent = new EnumMap<>(DeliveryChannel.class);
    private final Map<DeliveryChannel, Counter> failed = new EnumMap<>(DeliveryChannel.class);
    private final Map<DeliveryChannel, Counter> retried = new EnumMap<>(DeliveryChannel.class);
    private final Map<DeliveryChannel, Timer> sendTimers = new EnumMap<>(DeliveryChannel.class);
    private final Transactions transactions;
    private final NotificationQueue queue;

    private Map<NotificationStatus, Long> depth = Map.of();
    private long depthReadAt;
    private boolean depthRead;

    public NotificationMetrics(MeterRegistry registry, Transactions transactions, NotificationQueue queue) {
        this.transactions = transactions;
        this.queue = queue;
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            String tag = channel.name();
            sent.put(channel, Counter.builder("eventboard.notifications.sent").tag("channel", tag)
                    .description("Notifications delivered").register(registry));
            failed.put(channel, Counter.builder("eventboard.notifications.failed").tag("channel", tag)
                    .description("Notifications failed for good").register(registry));
            retried.put(channel, Counter.builder("eventboard.notifications.retried").tag("channel", tag)
                    .description("Failed attempts put back in the queue for a retry").register(registry));
            sendTimers.put(channel, Timer.builder("eventboard.notifications.send").tag("channel", tag)
                    .description("Time spent in the channel's sender per notification").register(registry));
        }
        for (NotificationStatus status : NotificationStatus.values()) {
            Gauge.builder("eventboard.notifications.queue", this, metrics -> metrics.depth(status))
                    .tag("status", status.name()).description("Notifications in the outbox by status")
                    .register(registry);
        }
    }

    @Override
    public void sendTimed(DeliveryChannel channel, Duration took) {
        sendTimers.get(channel).record(took);
    }

    @Override
    public void recorded(Notification outcome) {
        switch (outcome.status()) {
            case SENT -> sent.get(outcome.channel()).increment();
            case QUEUED -> retried.get(outcome.channel()).increment();
            case FAILED -> failed.get(outcome.channel()).increment();
            default -> { }
        }
    }

    @Override
    public Snapshot snapshot() {
        Map<NotificationStatus, Long> counts = depth();
        Map<DeliveryChannel, ChannelCounts> channels = new EnumMap<>(DeliveryChannel.class);
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            channels.put(channel, new ChannelCounts((long) sent.get(channel).count(),
                    (long) failed.get(channel).count(), (long) retried.get(channel).count()));
        }
        return new Snapshot(counts.getOrDefault(NotificationStatus.QUEUED, 0L),
                counts.getOrDefault(NotificationStatus.SENDING, 0L), counts.getOrDefault(NotificationStatus.SENT, 0L),
                counts.getOrDefault(NotificationStatus.FAILED, 0L), channels);
    }

    private double depth(NotificationStatus status) {
        return depth().getOrDefault(status, 0L);
    }

    /** One GROUP BY for all the gauges of a scrape, and at most one per {@link #DEPTH_MAX_AGE}. */
    private synchronized Map<NotificationStatus, Long> depth() {
        long now = System.nanoTime();
        if (!depthRead || now - depthReadAt > DEPTH_MAX_AGE.toNanos()) {
            depth = Map.copyOf(transactions.inTransaction(queue::countByStatus));
            depthReadAt = now;
            depthRead = true;
        }
        return depth;
    }
}
