package io.eventboard.domain.event;

import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The event aggregate. It is immutable: every move returns the next state, or a refusal when the move is not
 * allowed. {@code version} is the persisted version this state was read at; the store checks it on update.
 */
public record Event(
        EventId id, EventDetails details, EventStatus status, int seatsBooked, RatingSummary ratings,
        UserId organizer, ExternalRef source, Instant createdAt, Instant updatedAt, long version) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (seatsBooked < 0 || seatsBooked > details.capacity()) {
            throw new IllegalArgumentException(
                    "seats booked " + seatsBooked + " outside 0.." + details.capacity() + " for event " + id);
        }
    }

    /** A new event, announced by {@code organizer}; its start must lie in the future. */
    public static Event announce(EventId id, EventDetails details, UserId organizer, Instant now) {
        requireFutureStart(details, now);
        return new Event(id, details, EventStatus.SCHEDULED, 0, RatingSummary.NONE, organizer, null, now, now, 0);
    }

    /** An event as an events provider describes it; upstream may announce events that already started. */
    public static Event imported(EventId id, EventDetails details, UserId owner, ExternalRef source, Instant now) {
        Objects.requireNonNull(source, "source");
        return new Event(id, details, EventStatus.SCHEDULED, 0, RatingSummary.NONE, owner, source, now, now, 0);
    }

    public String title() {
        return details.title();
    }

    public Instant startsAt() {
        return details.startsAt();
    }

    public int capacity() {
        return details.capacity();
    }

    public int seatsFree() {
        return details.capacity() - seatsBooked;
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(details.startsAt());
    }

    public boolean isImported() {
        return source != null;
    }

    public Optional<ExternalRef> externalRef() {
        return Optional.ofNullable(source);
    }

    /** New details chosen by the organizer; the caller has checked the {@link EditWindow}. */
    public Result<Event> revise(EventChanges changes, Instant now) {
        if (status.isFinal()) {
            return Result.rejected(EventRefusals.FINISHED);
        }
        EventDetails next = details.with(changes);
        if (changes.movesStart()) {
            requireFutureStart(next, now);
        }
        if (next.capacity() < seatsBooked) {
            return Result.rejected(EventRefusals.CAPACITY_BELOW_BOOKINGS);
        }
        return Result.accepted(withDetails(next, now));
    }

    /** Upstream's word for what the event now is; seats already booked are kept even if capacity dropped. */
    public Event resync(EventDetails upstream, Instant now) {
        EventDetails next = upstream.capacity() >= seatsBooked ? upstream
                : upstream.with(new EventChanges(null, null, null, null, null, null, null, seatsBooked));
        return withDetails(next, now);
    }

    public Result<Event> start(Instant now) {
        return moveTo(EventStatus.ONGOING, now);
    }

    public Result<Event> complete(Instant now) {
        return moveTo(EventStatus.COMPLETED, now);
    }

    /** Cancelling is open to the organizer and admins at any time before the event ends. */
    public Result<Event> cancelBy(Actor actor, Instant now) {
        if (isImported()) {
            return Result.rejected(EventRefusals.IMPORTED);
        }
        if (!actor.isAdmin() && !actor.id().equals(organizer)) {
            return Result.rejected(EventRefusals.NOT_ORGANIZER);
        }
        return cancel(now);
    }

    public Result<Event> cancel(Instant now) {
        return moveTo(EventStatus.CANCELLED, now);
    }

    public Result<Event> moveTo(EventStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            return Result.rejected(EventRefusals.illegalTransition(status, next));
        }
        return Result.accepted(new Event(id, details, next, seatsBooked, ratings, organizer, source, createdAt, now,
                version));
    }

    /** One more seat taken; the booking rules have checked that one is free. */
    public Event withSeatTaken(Instant now) {
        if (seatsFree() == 0) {
            throw new IllegalStateException("no free seat left at event " + id);
        }
        return new Event(id, details, status, seatsBooked + 1, ratings, organizer, source, createdAt, now, version);
    }

    /** One seat given back by a cancelled booking. */
    public Event withSeatFreed(Instant now) {
        return new Event(id, details, status, seatsBooked - 1, ratings, organizer, source, createdAt, now, version);
    }

    /** This state as the store holds it after one more update. */
    public Event nextVersion() {
        return new Event(id, details, status, seatsBooked, ratings, organizer, source, createdAt, updatedAt,
                version + 1);
    }

    public Event withRatings(RatingSummary next, Instant now) {
        return new Event(id, details, status, seatsBooked, next, organizer, source, createdAt, now, version);
    }

    private Event withDetails(EventDetails next, Instant now) {
        return new Event(id, next, status, seatsBooked, ratings, organizer, source, createdAt, now, version);
    }

    private static void requireFutureStart(EventDetails details, Instant now) {
        if (!details.startsAt().isAfter(now)) {
            throw InvalidInput.of("startsAt", "must be in the future");
        }
    }
}
