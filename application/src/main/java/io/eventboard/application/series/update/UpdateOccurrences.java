package io.eventboard.application.series.update;

import io.eventboard.application.event.update.UpdateEvent;
import io.eventboard.application.series.OccurrenceChanges;
import io.eventboard.application.series.RestOfSeries;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Validation;
import io.eventboard.domain.event.EventChanges;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.series.SeriesId;
import io.eventboard.domain.user.Actor;
import java.util.Objects;

/**
 * The organizer edits an occurrence and every later scheduled one alike. Each is edited exactly as a single
 * event is (edit window, organizer rights, notices to attendees), all or none. Times stay per occurrence: one
 * start cannot suit several days, so moving an occurrence is done one by one.
 */
public final class UpdateOccurrences {

    /** {@code expectedVersion}, when given, must be the stored version of the {@code from} occurrence. */
    public record Command(Actor actor, SeriesId series, EventId from, EventChanges changes, Long expectedVersion) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(changes, "changes");
            String oneByOne = "cannot change for several occurrences at once; edit the occurrences one by one";
            new Validation()
                    .require(changes.startsAt() == null, "startsAt", oneByOne)
                    .require(changes.endsAt() == null, "endsAt", oneByOne)
                    .check();
        }
    }

    private final RestOfSeries restOfSeries;
    private final UpdateEvent updateEvent;

    public UpdateOccurrences(RestOfSeries restOfSeries, UpdateEvent updateEvent) {
        this.restOfSeries = restOfSeries;
        this.updateEvent = updateEvent;
    }

    public Result<OccurrenceChanges> update(Command command) {
        return restOfSeries.apply(command.actor(), command.series(), command.from(), occurrence ->
                updateEvent.update(new UpdateEvent.Command(command.actor(), occurrence.id(), command.changes(),
                        occurrence.id().equals(command.from()) ? command.expectedVersion() : null)));
    }
}
