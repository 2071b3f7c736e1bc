package io.eventboard.rest.event;

import io.eventboard.application.event.query.EventFilter;
import io.eventboard.application.event.query.EventQuery;
import io.eventboard.application.event.query.EventSort;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.user.UserId;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.http.HttpParameters;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Reads the query string of {@code GET /api/events} into a listing request. */
final class EventListing {

    private static final String OPEN = "open";

    private EventListing() {
    }

    static EventQuery query(HttpParameters parameters) {
        Set<String> statusNames = QueryParameters.list(parameters.getAll("status"));
        Set<EventStatus> statuses = EnumSet.noneOf(EventStatus.class);
        for (String name : statusNames) {
            if (!name.equals(OPEN)) {
                statuses.add(status(name));
            }
        }
        UUID venue = QueryParameters.uuid("venue", parameters.get("venue"));
        UUID channel = QueryParameters.uuid("channel", parameters.get("channel"));
        UUID organizer = QueryParameters.uuid("organizer", parameters.get("organizer"));
        EventFilter filter = new EventFilter(
                emptyToNull(parameters.get("q")),
                emptyToNull(parameters.get("city")),
                venue == null ? null : new VenueId(venue),
                channel == null ? null : new ChannelId(channel),
                QueryParameters.list(parameters.getAll("tags")),
                statuses,
                statusNames.contains(OPEN),
                QueryParameters.instant("from", parameters.get("from"), false),
                QueryParameters.instant("to", parameters.get("to"), true),
                QueryParameters.bool("has_free_seats", parameters.get("has_free_seats")),
                QueryParameters.decimal("min_rating", parameters.get("min_rating")),
                organizer == null ? null : new UserId(organizer));
        return new EventQuery(filter, EventSort.parse(parameters.get("sort")),
                QueryParameters.page(parameters.get("page"), parameters.get("size")),
                emptyToNull(parameters.get("after")));
    }

    private static EventStatus status(String name) {
        try {
            return EventStatus.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("status", "must be scheduled, ongoing, completed, cancelled or open");
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
