package io.eventboard.domain.channel;

import java.util.Objects;
import java.util.UUID;

/** A channel groups events (a community, an organizer's series); operators sweep statuses per channel. */
public record ChannelId(UUID value) {

    public ChannelId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
