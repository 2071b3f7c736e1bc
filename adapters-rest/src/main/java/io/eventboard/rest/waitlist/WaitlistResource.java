package io.eventboard.rest.waitlist;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.eventboard.application.waitlist.WaitlistPlace;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A place in an event's waitlist on the wire; the position is live (it moves up as people ahead leave). */
@Serdeable
@Schema(name = "WaitlistEntryResource", description = "One person's place in the waitlist of a sold-out event")
public record WaitlistResource(
        UUID eventId,
        UUID userId,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Place in line, from 1, as it is now",
                example = "3")
        int position,
        @Schema(requiredMode = RequiredMode.REQUIRED, type = "string", allowableValues = {"waiting", "offered"},
                description = "offered: a seat is held for this person until offer_expires_at", example = "waiting")
        String status,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2030-04-02T10:00:00Z")
        Instant joinedAt,
        @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "Until when the offered seat "
                + "is held; null unless offered", example = "2030-04-02T22:00:00Z")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        Instant offerExpiresAt) {

    static WaitlistResource of(WaitlistPlace place) {
        return new WaitlistResource(place.event().value(), place.user().value(), place.position(),
                place.status().name().toLowerCase(Locale.ROOT), place.joinedAt(), place.offerExpiresAt());
    }
}
