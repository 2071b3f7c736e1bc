package io.eventboard.provider.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of a {@link FeedServer}'s feed: its JSON and when it last changed (the server filters on that).
 * {@code FeedRecord.event("e-1").titled("Jazz").changedAt(t).build()} is an event of the contract in README.md
 * with sensible defaults; {@link #raw} is anything at all, such as a malformed record.
 */
public record FeedRecord(String id, Instant changedAt, String json) {

    public static final Instant DEFAULT_START = Instant.parse("2030-06-01T18:00:00Z");

    public static FeedRecord raw(String id, Instant changedAt, String json) {
        return new FeedRecord(id, changedAt, json);
    }

    public static Builder event(String id) {
        return new Builder(id);
    }

    /** An event record; every field can be changed, and null leaves a field out. */
    public static final class Builder {

        private final String id;
        private String title = "Imported concert";
        private String description = "From the events provider";
        private String venueName = "Main hall";
        private String venueCity = "Berlin";
        private String venueAddress = "Alexanderplatz 1";
        private Instant startsAt = DEFAULT_START;
        private Duration length = Duration.ofHours(2);
        private int capacity = 100;
        private String status = "scheduled";
        private List<String> tags = List.of("music");
        private Instant changedAt = Instant.parse("2026-01-01T00:00:00Z");

        private Builder(String id) {
            this.id = id;
        }

        public Builder titled(String title) {
            this.title = title;
            return this;
        }

        public Builder inVenue(String name, String city, String address) {
            this.venueName = name;
            this.venueCity = city;
            this.venueAddress = address;
            return this;
        }

        public Builder startingAt(Instant startsAt) {
            this.startsAt = startsAt;
            return this;
        }

        public Builder lasting(Duration length) {
            this.length = length;
            return this;
        }

        public Builder withCapacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        public Builder inStatus(String status) {
            this.status = status;
            return this;
        }

        public Builder taggedWith(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        public Builder changedAt(Instant changedAt) {
            this.changedAt = changedAt;
            return this;
        }

        public FeedRecord build() {
            List<String> fields = new ArrayList<>();
            fields.add(field("id", id));
            fields.add(field("title", title));
            fields.add(field("description", description));
            if (venueName != null) {
                fields.add("\"venue\":{" + String.join(",", field("name", venueName), field("city", venueCity),
                        field("address", venueAddress)) + "}");
            }
            fields.add(field("starts_at", String.valueOf(startsAt)));
            if (length != null) {
                fields.add(field("ends_at", String.valueOf(startsAt.plus(length))));
            }
            fields.add("\"capacity\":" + capacity);
            fields.add(field("status", status));
            fields.add("\"tags\":[" + String.join(",", tags.stream().map(FeedRecord::quote).toList()) + "]");
            fields.add(field("changed_at", String.valueOf(changedAt)));
            return new FeedRecord(id, changedAt, "{" + String.join(",", fields) + "}");
        }

        private static String field(String name, String value) {
            return quote(name) + ":" + (value == null ? "null" : quote(value));
        }
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
