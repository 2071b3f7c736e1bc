package io.eventboard.domain.channel;

/** Port: the known channels. */
public interface Channels {

    boolean exists(ChannelId id);
}
