package io.eventboard.application.series;

import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.series.EventSeries;
import io.eventboard.domain.series.RecurringEvents;
import io.eventboard.domain.series.SeriesId;
import io.eventboard.domain.series.SeriesRefusals;
import io.eventboard.domain.user.Actor;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies one single-event operation to an occurrence and every later one that is still scheduled, in one
 * transaction: when the operation refuses any of them, nothing changes and the refusal is the answer.
 * Occurrences that already started, finished or were cancelled one by one are left as they are.
 */
public final class RestOfSeries {

    private final Transactions transactions;
    private final RecurringEvents recurring;

    public RestOfSeries(Transactions transactions, RecurringEvents recurring) {
        this.transactions = transactions;
        this.recurring = recurring;
    }

    public Result<OccurrenceChanges> apply(Actor actor, SeriesId series, EventId from,
                                           Function<Event, Result<Event>> operation) {
        try {
            return transactions.inTransaction(() -> targets(actor, series, from).map(targets -> {
                for (Event target : targets) {
                    Result<Event> done = operation.apply(target);
                    if (!done.isAccepted()) {
                        throw new Refused(done.rejection());
                    }
                }
                return new OccurrenceChanges(series, targets.stream().map(Event::id).toList());
            }));
        } catch (Refused refused) {
            return Result.rejected(refused.rejection);
        }
    }

    private Result<List<Event>> targets(Actor actor, SeriesId id, EventId from) {
        Optional<EventSeries> series = recurring.findById(id);
        if (series.isEmpty()) {
            return Result.rejected(SeriesRefusals.NOT_FOUND);
        }
        if (!series.get().isManagedBy(actor)) {
            return Result.rejected(SeriesRefusals.NOT_ORGANIZER);
        }
        List<Event> occurrences = recurring.occurrences(id);
        List<EventId> ids = occurrences.stream().map(Event::id).toList();
        int first = ids.indexOf(from);
        if (first < 0) {
            return Result.rejected(SeriesRefusals.NOT_AN_OCCURRENCE);
        }
        return Result.accepted(occurrences.subList(first, occurrences.size()).stream()
                .filter(event -> event.status() == EventStatus.SCHEDULED)
                .toList());
    }

    /** Carries a refusal out of the transaction so that it rolls back what earlier occurrences changed. */
    private static final class Refused extends RuntimeException {

        private final transient Rejection rejection;

        Refused(Rejection rejection) {
            super(rejection.code(), null, false, false);
            this.rejection = rejection;
        }
    }
}
