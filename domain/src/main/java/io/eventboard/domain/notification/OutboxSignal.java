package io.eventboard.domain.notification;

/**
 * Port: tells this node's dispatcher that notifications were enqueued, so it sends them now instead of at its
 * next poll. Called only after the enqueuing transaction committed (a signal for a rolled-back insert would
 * wake the dispatcher for nothing); a missed signal only costs one poll interval.
 */
@FunctionalInterface
public interface OutboxSignal {

    OutboxSignal NONE = () -> { };

    void enqueued();
}
