package io.eventboard.domain.series;

import java.util.Objects;
import java.util.UUID;

public record SeriesId(UUID value) {

    public SeriesId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
