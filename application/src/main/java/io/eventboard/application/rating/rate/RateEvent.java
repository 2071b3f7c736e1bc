package io.eventboard.application.rating.rate;

import io.eventboard.domain.booking.Bookings;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.EventRefusals;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.rating.Rating;
import io.eventboard.domain.rating.RatingPolicy;
import io.eventboard.domain.rating.RatingPolicy.Rated;
import io.eventboard.domain.rating.Ratings;
import io.eventboard.domain.rating.Score;
import io.eventboard.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An attendee rates a completed event; rating again replaces the earlier score. */
public final class RateEvent {

    public record Command(EventId event, UserId user, Score score, String comment) {
        public Command {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(score, "score");
        }
    }

    private final Transactions transactions;
    private final Events events;
    private final Bookings bookings;
    private final Ratings ratings;
    private final Clock clock;

    public RateEvent(Transactions transactions, Events events, Bookings bookings, Ratings ratings, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.bookings = bookings;
        this.ratings = ratings;
        this.clock = clock;
    }

    public Result<Rating> rate(Command command) {
        return transactions.inTransaction(() -> {
            // The lock keeps the event's rating sum and count in step with the ratings under concurrent votes.
            Optional<Event> event = events.lockById(command.event());
            if (event.isEmpty()) {
                return Result.rejected(EventRefusals.NOT_FOUND);
            }
            Instant now = clock.instant();
            boolean attended = bookings.findActive(command.event(), command.user()).isPresent();
            Result<Rated> rated = RatingPolicy.rate(event.get(), command.user(), attended,
                    ratings.find(command.event(), command.user()), command.score(), command.comment(), now);
            if (rated.isAccepted()) {
                events.update(rated.value().event());
                ratings.save(rated.value().rating());
            }
            return rated.map(Rated::rating);
        });
    }
}
