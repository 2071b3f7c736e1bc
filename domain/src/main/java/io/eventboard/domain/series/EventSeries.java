package io.eventboard.domain.series;

import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Events that repeat. Each occurrence is an event of its own, with its own seats and status; the series only
 * remembers how they were laid out and who organizes them.
 */
public record EventSeries(SeriesId id, Recurrence recurrence, UserId organizer, Instant createdAt) {

    public EventSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether {@code actor} may change the series as a whole: its organizer or an admin. */
    public boolean isManagedBy(Actor actor) {
        return actor.isAdmin() || actor.id().equals(organizer);
    }
}
