package io.eventboard.application.servicetoken;

import java.util.Objects;
import java.util.UUID;

public record ServiceTokenId(UUID value) {

    public ServiceTokenId {
        Objects.requireNonNull(value, "value");
    }

    public static ServiceTokenId of(String text) {
        return new ServiceTokenId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
