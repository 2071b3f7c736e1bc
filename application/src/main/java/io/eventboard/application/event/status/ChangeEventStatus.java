package io.eventboard.application.event.status;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.event.Events;
import java.time.Clock;
import java.util.Objects;

/**
 * An operator starts or finishes an event by hand (seed 002's scheduler service did it over HTTP). The move
 * goes through the state machine, so an illegal one is refused.
 */
public final class ChangeEventStatus {

    public enum Move { START, FINISH }

    public record Command(EventId event, Move move) {
        public Command {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(move, "move");
        }
    }

    private final Transactions transactions;
    private final Events events;
    private final Clock clock;

    public ChangeEventStatus(Transactions transactions, Events events, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    public Result<Event> change(Command command) {
        EventStatus target = command.move() == Move.START ? EventStatus.ONGOING : EventStatus.COMPLETED;
        return transactions.inTransaction(() -> events.lockById(command.event())
                .map(event -> event.moveTo(target, clock.instant()).map(events::update))
                .orElseGet(() -> Result.rejected(EventRefusals.NOT_FOUND)));
    }
}
