package io.eventboard.rest.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
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
@Schema(name = "EventRequest", description = "An event to announce (POST: title, starts_at and capacity are "
        + "required) or the fields of an event to change (PATCH: only those to change). Fields the system decides, "
        + "such as id, status, seats_booked or organizer, are unknown here and refused.")
public record EventRequest(
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "1-200 characters; required to create",
                example = "Kotlin meetup") String title,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "At most 10000 characters",
                example = "Coroutines in practice, then pizza.") String description,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "In the future; required to create. "
                + "ISO-8601 with Z or any offset; stored and returned as the UTC instant",
                example = "2030-05-01T20:00:00+02:00") Instant startsAt,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "After starts_at; without it the event "
                + "lasts the server's default duration. Z or any offset, like starts_at",
                example = "2030-05-01T23:00:00+02:00") Instant endsAt,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Seats, 0-100000; required to create. An "
                + "edit cannot drop it below the seats already booked", minimum = "0", maximum = "100000",
                example = "30") Integer capacity,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Id of a known venue") UUID venueId,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Id of a known channel") UUID channelId,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Names of known tags, at most 20, "
                + "ignoring case; on edit the list replaces the event's tags", example = "[\"kotlin\", \"jvm\"]")
        List<String> tags,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, type = "string", allowableValues = {"auto", "offer"},
                description = "What a seat freed at a sold-out event does for the first in its waitlist: auto "
                        + "(the default) books it for them at once, offer holds it for them for "
                        + "waitlist_offer_hold until they accept", example = "offer")
        String waitlistMode,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "ISO-8601 duration, PT1M to P30D, kept to "
                + "the second: how long an offered seat is held (default PT12H)", example = "PT12H")
        String waitlistOfferHold) {
}
