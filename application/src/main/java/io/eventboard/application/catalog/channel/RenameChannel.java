package io.eventboard.application.catalog.channel;

import io.eventboard.application.catalog.CatalogEditor;
import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.ChannelRefusals;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.user.Actor;
import java.util.Objects;

/** An admin renames a channel; no other channel may have the new name, ignoring case. */
public final class RenameChannel {

    public record Command(Actor actor, ChannelId channel, String name) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(channel, "channel");
            name = name == null ? null : name.strip();
            new Validation().requireText(name, "name", Channel.MAX_NAME).check();
        }
    }

    private final CatalogEditor<Channel, ChannelId> editor;

    public RenameChannel(Transactions transactions, Channels channels) {
        this.editor = new CatalogEditor<>(transactions, channels, ChannelRefusals.ALL);
    }

    public Result<Channel> rename(Command command) {
        return editor.change(command.actor(), command.channel(),
                current -> new Channel(current.id(), command.name()));
    }
}
