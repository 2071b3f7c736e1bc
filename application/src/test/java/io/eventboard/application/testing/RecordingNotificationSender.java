package io.eventboard.application.testing;

import io.eventboard.domain.notification.Delivery;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationSender;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A sender for one channel that records every attempt and answers from a script: each call takes the next
 * scripted outcome, and once the script is used up every call gets the standing outcome (delivered, unless
 * {@link #always} says otherwise).
 */
public final class RecordingNotificationSender implements NotificationSender {

    /** What one call of {@link #send} does. */
    @FunctionalInterface
    public interface Outcome {
        Delivery deliver(Notification notification);
    }

    public static Outcome delivered() {
        return notification -> Delivery.delivered();
    }

    public static Outcome retryableFailure(String error) {
        return notification -> Delivery.retryable(error);
    }

    /** A retryable failure whose peer asks to wait {@code retryAfter} before the next attempt. */
    public static Outcome retryableFailure(String error, Duration retryAfter) {
        return notification -> new Delivery.Failed(error, true, retryAfter);
    }

    public static Outcome permanentFailure(String error) {
        return notification -> Delivery.permanent(error);
    }

    /** The sender breaks its contract and throws. */
    public static Outcome throwing(RuntimeException failure) {
        return notification -> {
            throw failure;
        };
    }

    /** Runs {@code meanwhile} during the send (to let time pass or other workers act), then answers. */
    public static Outcome after(Runnable meanwhile, Outcome outcome) {
        return notification -> {
            meanwhile.run();
            return outcome.deliver(notification);
        };
    }

    private final DeliveryChannel channel;
    private final Deque<Outcome> script = new ArrayDeque<>();
    private final List<Notification> attempts = new ArrayList<>();
    private final List<Notification> delivered = new ArrayList<>();
    private Outcome standing = delivered();

    public RecordingNotificationSender(DeliveryChannel channel) {
        this.channel = channel;
    }

    /** The next calls answer with these outcomes, in order. */
    public synchronized RecordingNotificationSender willAnswer(Outcome... outcomes) {
        script.addAll(List.of(outcomes));
        return this;
    }

    /** Every call after the script answers with this outcome. */
    public synchronized RecordingNotificationSender always(Outcome outcome) {
        this.standing = outcome;
        return this;
    }

    @Override
    public DeliveryChannel channel() {
        return channel;
    }

    @Override
    public Delivery send(Notification notification) {
        Outcome outcome;
        synchronized (this) {
            attempts.add(notification);
            outcome = script.isEmpty() ? standing : script.poll();
        }
        Delivery delivery = outcome.deliver(notification);
        if (delivery instanceof Delivery.Delivered) {
            synchronized (this) {
                delivered.add(notification);
            }
        }
        return delivery;
    }

    /** Every notification handed to the sender, in order, whatever came of it. */
    public synchronized List<Notification> attempts() {
        return List.copyOf(attempts);
    }

    /** The notifications the sender reported as delivered, in order. */
    public synchronized List<Notification> sent() {
        return List.copyOf(delivered);
    }
}
