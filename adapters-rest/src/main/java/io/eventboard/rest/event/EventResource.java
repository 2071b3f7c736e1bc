package io.eventboard.rest.event;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event on the wire (ARCHITECTURE.md, wire conventions). Like every body, it leaves out fields without a value
 * (null, empty text, empty list), so the schema marks those as not required.
 */
@Serdeable
@Schema(name = "EventResource", description = "An event as clients see it. Fields without a value (null, empty "
        + "text or an empty list) are left out.")
public record EventResource(
        UUID id,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "Kotlin meetup")
        String title,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out when empty")
        String description,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2030-05-01T18:00:00Z")
        Instant startsAt,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out when the organizer gave no end",
                example = "2030-05-01T21:00:00Z")
        Instant endsAt,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The IANA time zone of the venue; UTC for an "
                + "event without a venue", example = "Europe/Madrid")
        String timeZone,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "starts_at as the clock in time_zone shows it, "
                + "with the zone's offset at that moment", example = "2030-05-01T20:00:00+02:00")
        OffsetDateTime localStartsAt,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "ends_at in time_zone; left out when the "
                + "organizer gave no end", example = "2030-05-01T23:00:00+02:00")
        OffsetDateTime localEndsAt,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Seats in total", example = "30")
        int capacity,
        @Schema(requiredMode = RequiredMode.REQUIRED, type = "string",
                allowableValues = {"scheduled", "ongoing", "completed", "cancelled"}, example = "scheduled")
        String status,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Seats taken by active bookings", example = "12")
        int seatsBooked,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "capacity - seats_booked", example = "18")
        int seatsFree,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Average score, 0-5, two decimals; 0 while "
                + "unrated", example = "4.25")
        double ratingAvg,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "How many ratings the average is over",
                example = "8")
        long ratingCount,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out when the event has no venue")
        VenueRef venue,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out when the event is in no channel")
        ChannelRef channel,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Who announced the event")
        OrganizerRef organizer,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Tag names, lower-case; left out when none",
                example = "[\"kotlin\", \"jvm\"]")
        List<String> tags,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "True when the event comes from an events "
                + "provider; it can then only change there")
        boolean imported,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2030-04-01T09:00:00Z")
        Instant createdAt,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2030-04-01T09:30:00Z")
        Instant updatedAt,
        @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", allowableValues = {"auto", "offer"},
                description = "How a freed seat goes to the first in the waitlist: booked at once (auto) or held "
                        + "for them until they accept (offer)", example = "auto")
        String waitlistMode,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "ISO-8601 duration an offered seat is held",
                example = "PT12H")
        String waitlistOfferHold,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "The series the event is an occurrence of "
                + "(GET /api/event-series/{id}); left out when it stands alone")
        UUID seriesId) {

    @Serdeable
    @Schema(description = "Where the event takes place")
    public record VenueRef(
            UUID id,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Kulturbrauerei") String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Berlin") String city,
            @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out when unknown",
                    example = "Schoenhauser Allee 36") String address) {
    }

    @Serdeable
    @Schema(description = "The channel the event is published in")
    public record ChannelRef(UUID id, @Schema(requiredMode = RequiredMode.REQUIRED, example = "Meetups") String name) {
    }

    @Serdeable
    @Schema(description = "The user who announced the event")
    public record OrganizerRef(UUID id,
                               @Schema(requiredMode = RequiredMode.REQUIRED, example = "ada") String username) {
    }
}
