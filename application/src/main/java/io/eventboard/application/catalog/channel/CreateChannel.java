package io.eventboard.application.catalog.channel;

import io.eventboard.application.catalog.CatalogEditor;
import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.ChannelRefusals;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.user.Actor;
import java.time.Clock;
import java.util.Objects;

/** An admin adds a channel; its name must be new, ignoring case. */
public final class CreateChannel {

    public record Command(Actor actor, String name) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            name = name == null ? null : name.strip();
            new Validation().requireText(name, "name", Channel.MAX_NAME).check();
        }
    }

    private final CatalogEditor<Channel, ChannelId> editor;
    private final Clock clock;

    public CreateChannel(Transactions transactions, Channels channels, Clock clock) {
        this.editor = new CatalogEditor<>(transactions, channels, ChannelRefusals.ALL);
        this.clock = clock;
    }

    public Result<Channel> create(Command command) {
        Channel channel = new Channel(new ChannelId(Ids.timeOrdered(clock.instant())), command.name());
        return editor.create(command.actor(), channel);
    }
}
