package io.eventboard.application.catalog.channel;

import io.eventboard.domain.channel.Channel;
import io.eventboard.domain.channel.Channels;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;

/** Anyone browses the channels, by name. */
public final class ListChannels {

    private final Channels channels;

    public ListChannels(Channels channels) {
        this.channels = channels;
    }

    public Page<Channel> list(PageRequest page) {
        return channels.list(page);
    }
}
