package io.eventboard.application.event;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.EditWindow;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.user.Actor;
import java.time.Instant;

/** Finds and locks an event that {@code actor} is about to edit or delete, or says why they may not. */
public final class EditableEvents {

    private EditableEvents() {
    }

    /** {@code expectedVersion}, when given, must be the stored version (the client's ETag). */
    public static Result<Event> lockForEdit(Events events, EditWindow editWindow, EventId id, Actor actor,
                                            Long expectedVersion, Instant now) {
        return events.lockById(id)
                .map(event -> {
                    if (expectedVersion != null && expectedVersion != event.version()) {
                        return Result.<Event>rejected(EventRefusals.CONCURRENT_UPDATE);
                    }
                    return editWindow.check(event, actor, now)
                            .map(Result::<Event>rejected)
                            .orElseGet(() -> Result.accepted(event));
                })
                .orElseGet(() -> Result.rejected(EventRefusals.NOT_FOUND));
    }
}
