package io.eventboard.domain.event;

import java.util.Set;

/**
 * The lifecycle of an event: {@code SCHEDULED → ONGOING → COMPLETED}, and {@code SCHEDULED|ONGOING → CANCELLED}.
 * No other arrow exists; {@link #canMoveTo} is the single place that says so.
 */
public enum EventStatus {
    SCHEDULED,
    ONGOING,
    COMPLETED,
    CANCELLED;

    public boolean canMoveTo(EventStatus next) {
        return switch (this) {
            case SCHEDULED -> next == ONGOING || next == CANCELLED;
            case ONGOING -> next == COMPLETED || next == CANCELLED;
            case COMPLETED, CANCELLED -> false;
        };
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    public static Set<EventStatus> live() {
        return Set.of(SCHEDULED, ONGOING);
    }
}
