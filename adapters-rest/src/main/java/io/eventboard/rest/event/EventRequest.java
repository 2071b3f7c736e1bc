package io.eventboard.rest.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an organizer sends to create (all required but {@code description}, {@code ends_at}, {@code venue_id},
 * {@code channel_id}, {@code tags}) or edit (only the fields to change) an event. Fields the system decides
 * ({@code id}, {@code status}, {@code seats_booked}, {@code organizer}, …) are unknown here and refused.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record EventRequest(String title, String description, Instant startsAt, Instant endsAt, Integer capacity,
                           UUID venueId, UUID channelId, List<String> tags) {
}
