package io.eventboard.domain.notification;

import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When attendees are reminded: {@code lead} before the start (an hour in the seed). A booking made inside
 * that last stretch is reminded at once. The reminder belongs to one start time, so moving the event arms a
 * new reminder for the new time.
 */
public record ReminderPolicy(Duration lead) {

    public static final Duration DEFAULT_LEAD = Duration.ofHours(1);

    public ReminderPolicy {
        Objects.requireNonNull(lead, "lead");
        if (lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException("reminder lead must be positive: " + lead);
        }
    }

    public Instant remindAt(Instant startsAt) {
        return startsAt.minus(lead);
    }

    /** True while a scheduled event is inside its reminder stretch and has not started. */
    public boolean isDue(Event event, Instant now) {
        return event.status() == EventStatus.SCHEDULED
                && !now.isBefore(remindAt(event.startsAt()))
                && now.isBefore(event.startsAt());
    }
}
