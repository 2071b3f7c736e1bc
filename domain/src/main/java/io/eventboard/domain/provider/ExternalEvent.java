package io.eventboard.domain.provider;

import java.time.Instant;
import java.util.Set;

/** One event as an events provider describes it; the sync turns it into an {@code Event}. */
public record ExternalEvent(
        String externalId, String title, String description, String venueName, String venueCity,
        String venueAddress, Instant startsAt, Instant endsAt, int capacity, String status, Set<String> tags,
        Instant changedAt) {
}
