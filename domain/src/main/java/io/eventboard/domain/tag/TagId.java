package io.eventboard.domain.tag;

import java.util.Objects;
import java.util.UUID;

public record TagId(UUID value) {

    public TagId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
