package io.eventboard.provider;

import io.eventboard.domain.provider.ExternalEvent;
import io.eventboard.domain.provider.ProviderPage;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page of the feed (the contract is in README.md): {@code {"items": [...], "next_cursor": "..."}}. A page
 * that is not such an object cannot be read at all; a record that is not an event of the contract (a missing
 * id or {@code changed_at}, a field of the wrong type, an instant that is not ISO-8601) is counted as
 * malformed and the rest of the page is read. Whether a well-formed record makes a valid event is for the
 * domain to say.
 */
final class FeedPages {

    /** The page is not a feed page. */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One record broke the contract; only counted, never shown. */
    private static final class Malformed extends Exception {
        Malformed() {
            super(null, null, false, false);
        }
    }

    private final JsonMapper json;

    FeedPages(JsonMapper json) {
        this.json = json;
    }

    ProviderPage read(byte[] body) throws Unreadable {
        JsonNode page;
        try {
            page = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("the events provider answered a page that is not JSON", e);
        }
        if (page == null || !page.isObject() || page.get("items") == null || !page.get("items").isArray()) {
            throw new Unreadable("the events provider answered JSON without an \"items\" array", null);
        }
        JsonNode next = page.get("next_cursor");
        if (next != null && !next.isNull() && !next.isString()) {
            throw new Unreadable("the events provider answered a next_cursor that is not a string", null);
        }
        List<ExternalEvent> events = new ArrayList<>();
        int malformed = 0;
        for (JsonNode item : page.get("items").values()) {
            try {
                events.add(event(item));
            } catch (Malformed e) {
                malformed++;
            }
        }
        Optional<String> cursor = next == null || next.isNull() || next.getStringValue().isEmpty() ? Optional.empty()
                : Optional.of(next.getStringValue());
        return new ProviderPage(events, malformed, cursor);
    }

    private static ExternalEvent event(JsonNode item) throws Malformed {
        if (!item.isObject()) {
            throw new Malformed();
        }
        JsonNode venue = item.get("venue");
        if (venue != null && !venue.isNull() && !venue.isObject()) {
            throw new Malformed();
        }
        boolean hasVenue = venue != null && venue.isObject();
        Instant changedAt = instant(item, "changed_at");
        if (changedAt == null) {
            throw new Malformed();
        }
        return new ExternalEvent(id(item.get("id")), text(item, "title"), text(item, "description"),
                hasVenue ? text(venue, "name") : null, hasVenue ? text(venue, "city") : null,
                hasVenue ? text(venue, "address") : null, instant(item, "starts_at"), instant(item, "ends_at"),
                capacity(item.get("capacity")), text(item, "status"), tags(item.get("tags")), changedAt);
    }

    /** A string, or a whole number written as one: providers number their events either way. */
    private static String id(JsonNode id) throws Malformed {
        if (id != null && id.isString() && !id.getStringValue().isBlank()) {
            return id.getStringValue();
        }
        if (id != null && id.isNumber() && isWhole(id.getNumberValue())) {
            return Long.toString(id.getNumberValue().longValue());
        }
        throw new Malformed();
    }

    private static String text(JsonNode object, String field) throws Malformed {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new Malformed();
        }
        return value.getStringValue();
    }

    private static Instant instant(JsonNode object, String field) throws Malformed {
        String value = text(object, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Malformed();
        }
    }

    private static int capacity(JsonNode capacity) throws Malformed {
        if (capacity == null || !capacity.isNumber()) {
            throw new Malformed();
        }
        Number value = capacity.getNumberValue();
        if (!isWhole(value) || Math.abs(value.doubleValue()) > Integer.MAX_VALUE) {
            throw new Malformed();
        }
        return value.intValue();
    }

    private static boolean isWhole(Number number) {
        double value = number.doubleValue();
        return value == Math.rint(value) && !Double.isInfinite(value);
    }

    private static Set<String> tags(JsonNode tags) throws Malformed {
        if (tags == null || tags.isNull()) {
            return null;
        }
        if (!tags.isArray()) {
            throw new Malformed();
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode tag : tags.values()) {
            if (!tag.isString()) {
                throw new Malformed();
            }
            names.add(tag.getStringValue());
        }
        return names;
    }
}
