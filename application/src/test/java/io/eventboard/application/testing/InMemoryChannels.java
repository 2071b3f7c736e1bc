package io.eventboard.application.testing;

import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.Channels;
import java.util.UUID;

/** {@link Channels} over the in-memory database. */
public final class InMemoryChannels implements Channels {

    private final InMemoryDatabase db;

    public InMemoryChannels(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public boolean exists(ChannelId id) {
        return db.read(t -> t.channels.contains(id));
    }

    /** Stores a new channel (inside the caller's transaction) and returns its id. */
    public ChannelId add() {
        ChannelId id = new ChannelId(UUID.randomUUID());
        db.change("Channels.add", t -> t.channels.add(id));
        return id;
    }
}
