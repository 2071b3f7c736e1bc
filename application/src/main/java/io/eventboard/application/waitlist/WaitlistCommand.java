package io.eventboard.application.waitlist;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.util.Objects;

/** A user acting on their own place in an event's line. */
public record WaitlistCommand(EventId event, UserId user) {

    public WaitlistCommand {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(user, "user");
    }
}
