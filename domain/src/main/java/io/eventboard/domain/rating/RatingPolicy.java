package io.eventboard.domain.rating;

import io.eventboard.domain.common.Rejection;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who may rate what: attendees (people with an active booking), completed events only, one rating each. */
public final class RatingPolicy {

    /** The event with its rating summary updated, and the rating to store. */
    public record Rated(Event event, Rating rating) {
    }

    interface Rule {
        Optional<Rejection> check(Event event, boolean attended);
    }

    private static final List<Rule> RULES = List.of(
            (event, attended) -> event.status() == EventStatus.COMPLETED
                    ? Optional.empty() : Optional.of(RatingRefusals.NOT_COMPLETED),
            (event, attended) -> attended ? Optional.empty() : Optional.of(RatingRefusals.NOT_ATTENDEE));

    private RatingPolicy() {
    }

    /**
     * Rates {@code event} for {@code user}. {@code attended} says whether the user held an active booking;
     * {@code earlier} is the user's earlier rating of the event, which the new one replaces.
     */
    public static Result<Rated> rate(Event event, UserId user, boolean attended, Optional<Rating> earlier,
                                     Score score, String comment, Instant now) {
        Optional<Rejection> refusal = RULES.stream()
                .map(rule -> rule.check(event, attended)).flatMap(Optional::stream).findFirst();
        if (refusal.isPresent()) {
            return Result.rejected(refusal.get());
        }
        Rating rating = new Rating(event.id(), user, score, comment,
                earlier.map(Rating::createdAt).orElse(now), now);
        var ratings = earlier
                .map(old -> event.ratings().replace(old.score().value(), score.value()))
                .orElseGet(() -> event.ratings().add(score.value()));
        return Result.accepted(new Rated(event.withRatings(ratings, now), rating));
    }
}
