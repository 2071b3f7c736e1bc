package io.eventboard.application.series.cancel;

import io.eventboard.application.event.cancel.CancelEvent;
import io.eventboard.application.series.OccurrenceChanges;
import io.eventboard.application.series.RestOfSeries;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.series.SeriesId;
import io.eventboard.domain.user.Actor;
import java.util.Objects;

/** The organizer or an admin calls off an occurrence and every later scheduled one; each attendee is told. */
public final class CancelOccurrences {

    public record Command(Actor actor, SeriesId series, EventId from) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(from, "from");
        }
    }

    private final RestOfSeries restOfSeries;
    private final CancelEvent cancelEvent;

    public CancelOccurrences(RestOfSeries restOfSeries, CancelEvent cancelEvent) {
        this.restOfSeries = restOfSeries;
        this.cancelEvent = cancelEvent;
    }

    public Result<OccurrenceChanges> cancel(Command command) {
        return restOfSeries.apply(command.actor(), command.series(), command.from(), occurrence ->
                cancelEvent.cancel(new CancelEvent.Command(command.actor(), occurrence.id())));
    }
}
