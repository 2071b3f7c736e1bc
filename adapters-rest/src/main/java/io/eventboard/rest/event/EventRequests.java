package io.eventboard.rest.event;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.waitlist.WaitlistMode;
import io.eventboard.domain.waitlist.WaitlistPolicy;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Turns request bodies into the domain's event details (create) and changes (edit). */
final class EventRequests {

    private EventRequests() {
    }

    static EventDetails details(EventRequest request) {
        new Validation()
                .requirePresent(request.title(), "title")
                .requirePresent(request.startsAt(), "startsAt")
                .requirePresent(request.capacity(), "capacity")
                .check();
        return new EventDetails(request.title(), request.description(), venue(request.venueId()),
                channel(request.channelId()), tags(request), request.startsAt(), request.endsAt(), request.capacity());
    }

    static EventChanges changes(EventRequest request) {
        return new EventChanges(request.title(), request.description(), venue(request.venueId()),
                channel(request.channelId()), request.tags() == null ? null : tags(request), request.startsAt(),
                request.endsAt(), request.capacity());
    }

    /** The waitlist policy of a new event: the defaults, with what the request names. */
    static WaitlistPolicy waitlist(EventRequest request) {
        return WaitlistPolicy.DEFAULT.with(waitlistMode(request), waitlistOfferHold(request));
    }

    static WaitlistMode waitlistMode(EventRequest request) {
        if (request.waitlistMode() == null) {
            return null;
        }
        return switch (request.waitlistMode()) {
            case "auto" -> WaitlistMode.AUTO;
            case "offer" -> WaitlistMode.OFFER;
            default -> throw InvalidInput.of("waitlistMode", "must be auto or offer");
        };
    }

    static Duration waitlistOfferHold(EventRequest request) {
        if (request.waitlistOfferHold() == null) {
            return null;
        }
        try {
            return Duration.parse(request.waitlistOfferHold());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("waitlistOfferHold", "must be an ISO-8601 duration such as PT12H");
        }
    }

    private static Set<String> tags(EventRequest request) {
        return request.tags() == null ? Set.of() : new HashSet<>(request.tags());
    }

    private static VenueId venue(UUID id) {
        return id == null ? null : new VenueId(id);
    }

    private static ChannelId channel(UUID id) {
        return id == null ? null : new ChannelId(id);
    }
}
