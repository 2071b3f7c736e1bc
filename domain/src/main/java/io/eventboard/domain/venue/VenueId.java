package io.eventboard.domain.venue;

import java.util.Objects;
import java.util.UUID;

public record VenueId(UUID value) {

    public VenueId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
