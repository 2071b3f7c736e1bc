package io.eventboard.application.testing;

import io.eventboard.domain.catalog.NameTaken;
import io.eventboard.domain.catalog.StillReferenced;
import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Channels} over the in-memory database. Names are unique ignoring case and events keep their channel,
 * as PostgreSQL's unique index and foreign key do: a clash throws {@link NameTaken}, deleting a channel that
 * events are published in throws {@link StillReferenced}.
 */
public final class InMemoryChannels implements Channels {

    private final InMemoryDatabase db;

    public InMemoryChannels(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public boolean exists(ChannelId id) {
        return db.read(t -> t.channels.containsKey(id));
    }

    @Override
    public Optional<Channel> findById(ChannelId id) {
        return db.read(t -> Optional.ofNullable(t.channels.get(id)));
    }

    @Override
    public Optional<Channel> lockById(ChannelId id) {
        return db.write("Channels.lockById", t -> Optional.ofNullable(t.channels.get(id)));
    }

    @Override
    public boolean nameTaken(Channel channel) {
        return db.read(t -> taken(t, channel));
    }

    @Override
    public void add(Channel channel) {
        db.change("Channels.add", t -> {
            if (t.channels.containsKey(channel.id())) {
                throw new IllegalStateException("primary key violated: channel " + channel.id() + " exists");
            }
            if (taken(t, channel)) {
                throw new NameTaken("channel '" + channel.name() + "'");
            }
            t.channels.put(channel.id(), channel);
        });
    }

    @Override
    public void update(Channel channel) {
        db.change("Channels.update", t -> {
            if (!t.channels.containsKey(channel.id())) {
                return;
            }
            if (taken(t, channel)) {
                throw new NameTaken("channel '" + channel.name() + "'");
            }
            t.channels.put(channel.id(), channel);
        });
    }

    @Override
    public boolean inUse(ChannelId id) {
        return db.read(t -> used(t, id));
    }

    @Override
    public void delete(ChannelId id) {
        db.change("Channels.delete", t -> {
            if (used(t, id)) {
                throw new StillReferenced("channel " + id);
            }
            t.channels.remove(id);
        });
    }

    @Override
    public Page<Channel> list(PageRequest page) {
        return db.read(t -> InMemoryPages.of(t.channels.values().stream()
                .sorted(Comparator.comparing(channel -> channel.name().toLowerCase(Locale.ROOT))).toList(), page));
    }

    /** Stores a new channel (inside the caller's transaction) and returns its id. */
    public ChannelId add() {
        ChannelId id = new ChannelId(UUID.randomUUID());
        add(new Channel(id, "Channel " + id));
        return id;
    }

    private static boolean taken(InMemoryDatabase.Tables t, Channel channel) {
        return t.channels.values().stream().anyMatch(other -> !other.id().equals(channel.id())
                && other.name().equalsIgnoreCase(channel.name()));
    }

    private static boolean used(InMemoryDatabase.Tables t, ChannelId id) {
        return t.events.values().stream().anyMatch(event -> event.details().channelId().filter(id::equals).isPresent());
    }
}
