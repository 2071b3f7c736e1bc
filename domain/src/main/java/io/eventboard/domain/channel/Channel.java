package io.eventboard.domain.channel;

import io.eventboard.domain.common.Validation;
import java.util.Objects;

/** A channel events are published in; its name is kept without surrounding blanks and is unique ignoring case. */
public record Channel(ChannelId id, String name) {

    public static final int MAX_NAME = 100;

    public Channel {
        Objects.requireNonNull(id, "id");
        name = name == null ? null : name.strip();
        new Validation().requireText(name, "name", MAX_NAME).check();
    }
}
