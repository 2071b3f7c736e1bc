package io.eventboard.domain.notification;

/**
 * {@code QUEUED → SENDING → SENT | FAILED}. A send that fails but may be retried, or whose lease ran out,
 * goes back from SENDING to QUEUED; an operator may put a FAILED notification back in the queue.
 */
public enum NotificationStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED;

    public boolean canMoveTo(NotificationStatus next) {
        return switch (this) {
            case QUEUED -> next == SENDING;
            case SENDING -> next == SENT || next == FAILED || next == QUEUED;
            case FAILED -> next == QUEUED;
            case SENT -> false;
        };
    }
}
