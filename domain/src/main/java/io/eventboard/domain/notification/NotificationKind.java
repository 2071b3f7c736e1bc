package io.eventboard.domain.notification;

/** Why a notification is sent; each kind has the priority its readers expect. */
public enum NotificationKind {
    BOOKING_CONFIRMED(Priority.URGENT),
    BOOKING_CANCELLED(Priority.URGENT),
    EVENT_REMINDER(Priority.URGENT),
    EVENT_CANCELLED(Priority.NORMAL),
    EVENT_CHANGED(Priority.NORMAL),
    WAITLIST_PROMOTED(Priority.URGENT),
    WAITLIST_OFFERED(Priority.URGENT),
    CUSTOM(Priority.BULK);

    private final Priority priority;

    NotificationKind(Priority priority) {
        this.priority = priority;
    }

    public Priority priority() {
        return priority;
    }
}
