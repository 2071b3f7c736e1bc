package io.eventboard.application.catalog.channel;

import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.channel.ChannelRefusals;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Result;

/** Anyone looks up one channel. */
public final class ShowChannel {

    private final Channels channels;

    public ShowChannel(Channels channels) {
        this.channels = channels;
    }

    public Result<Channel> show(ChannelId id) {
        return channels.findById(id).map(Result::accepted)
                .orElseGet(() -> Result.rejected(ChannelRefusals.NOT_FOUND));
    }
}
