package io.eventboard.application.catalog.channel;

import io.eventboard.application.catalog.CatalogEditor;
import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.ChannelRefusals;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.user.Actor;
import java.util.Objects;

/** An admin deletes a channel no event is published in. */
public final class DeleteChannel {

    public record Command(Actor actor, ChannelId channel) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(channel, "channel");
        }
    }

    private final CatalogEditor<Channel, ChannelId> editor;

    public DeleteChannel(Transactions transactions, Channels channels) {
        this.editor = new CatalogEditor<>(transactions, channels, ChannelRefusals.ALL);
    }

    /** The deleted channel as it was. */
    public Result<Channel> delete(Command command) {
        return editor.delete(command.actor(), command.channel());
    }
}
