package io.eventboard.application.waitlist.query;

import io.eventboard.application.waitlist.WaitlistCommand;
import io.eventboard.application.waitlist.WaitlistPlace;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.waitlist.Waitlist;
import io.eventboard.domain.waitlist.WaitlistRefusals;
import io.eventboard.domain.waitlist.Waitlists;

/** A user's current place in an event's line. */
public final class ShowMyPlace {

    private final Events events;
    private final Waitlists waitlists;

    public ShowMyPlace(Events events, Waitlists waitlists) {
        this.events = events;
        this.waitlists = waitlists;
    }

    public Result<WaitlistPlace> show(WaitlistCommand command) {
        if (events.findById(command.event()).isEmpty()) {
            return Result.rejected(EventRefusals.NOT_FOUND);
        }
        Waitlist line = waitlists.lineOf(command.event());
        return line.entryOf(command.user())
                .map(entry -> Result.accepted(WaitlistPlace.of(entry, line.positionOf(command.user()).orElseThrow())))
                .orElseGet(() -> Result.rejected(WaitlistRefusals.NOT_WAITING));
    }
}
