package io.eventboard.domain.notification;

import java.util.List;

/**
 * Port: where notifications are written, in the same transaction as the change that caused them, so that a
 * change and its notices are stored together or not at all.
 */
public interface Outbox {

    /** Stores the notifications whose dedupe key is new; returns how many were stored. */
    int enqueue(List<Notification> notifications);
}
