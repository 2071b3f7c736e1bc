package io.eventboard.persistence.channel;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.Channels;
import jakarta.inject.Singleton;

@Singleton
final class PostgresChannels implements Channels {

    private final ChannelRows rows;

    PostgresChannels(ChannelRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean exists(ChannelId id) {
        return rows.existsById(id.value());
    }
}
