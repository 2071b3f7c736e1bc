package io.eventboard.domain.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which status time alone gives an event: it starts when its start is reached and completes when its end is
 * reached; an event without an end lasts {@code defaultDuration} (two hours in the seed). Cancelled and
 * completed events never move again.
 */
public record StatusPolicy(Duration defaultDuration) {

    public static final Duration DEFAULT_DURATION = Duration.ofHours(2);

    public StatusPolicy {
        Objects.requireNonNull(defaultDuration, "defaultDuration");
        if (defaultDuration.isNegative() || defaultDuration.isZero()) {
            throw new IllegalArgumentException("default event duration must be positive: " + defaultDuration);
        }
    }

    public Instant effectiveEnd(Event event) {
        return event.details().end().orElse(event.startsAt().plus(defaultDuration));
    }

    public boolean dueToStart(Event event, Instant now) {
        return event.status() == EventStatus.SCHEDULED && event.hasStarted(now);
    }

    public boolean dueToComplete(Event event, Instant now) {
        return EventStatus.live().contains(event.status()) && !now.isBefore(effectiveEnd(event));
    }

    /** The status the event should have at {@code now}. */
    public EventStatus statusAt(Event event, Instant now) {
        if (dueToComplete(event, now)) {
            return EventStatus.COMPLETED;
        }
        if (dueToStart(event, now)) {
            return EventStatus.ONGOING;
        }
        return event.status();
    }

    /**
     * Moves the event along the allowed arrows as far as {@code now} says, one arrow at a time, so that an
     * event missed for hours goes SCHEDULED → ONGOING → COMPLETED in one step of the sweep.
     */
    public Optional<Advance> advance(Event event, Instant now) {
        Event current = event;
        boolean started = false;
        if (dueToStart(current, now)) {
            current = current.start(now).value();
            started = true;
        }
        boolean completed = false;
        if (dueToComplete(current, now)) {
            current = current.complete(now).value();
            completed = true;
        }
        return started || completed ? Optional.of(new Advance(current, started, completed)) : Optional.empty();
    }

    /** The outcome of advancing one event: its new state and which arrows it took. */
    public record Advance(Event event, boolean started, boolean completed) {
    }
}
