package io.eventboard.application.calendar;

import io.eventboard.application.event.query.EventView;
import io.eventboard.domain.event.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One event as a calendar shows it: when (and in which zone, the venue's), where, whether it is off, and when to
 * alarm (empty for a cancelled event). {@code version} grows with every change, so calendar programs take a
 * newer copy over an older one.
 */
public record CalendarEntry(UUID id, String title, String description, Instant start, Instant end,
                            ZoneId timeZone, Optional<String> location, boolean cancelled, long version,
                            Instant updatedAt, Optional<Duration> alarm) {

    public CalendarEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(alarm, "alarm");
        description = description == null ? "" : description;
    }

    /** An event without an end lasts {@code defaultLength}; the alarm rings {@code alarm} before the start. */
    static CalendarEntry of(EventView event, Duration defaultLength, Duration alarm) {
        boolean cancelled = event.status() == EventStatus.CANCELLED;
        Instant end = event.endsAt() != null ? event.endsAt() : event.startsAt().plus(defaultLength);
        return new CalendarEntry(event.id(), event.title(), event.description(), event.startsAt(), end,
                event.timeZone(), location(event.venue()), cancelled, event.version(), event.updatedAt(),
                cancelled ? Optional.empty() : Optional.of(alarm));
    }

    private static Optional<String> location(EventView.VenueRef venue) {
        if (venue == null) {
            return Optional.empty();
        }
        String place = Stream.of(venue.name(), venue.address(), venue.city())
                .filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
        return place.isEmpty() ? Optional.empty() : Optional.of(place);
    }
}
