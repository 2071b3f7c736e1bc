package io.eventboard.domain.rating;

import io.eventboard.domain.common.Rejection;

/** The stable codes of every refusal about ratings. */
public final class RatingRefusals {

    public static final Rejection NOT_COMPLETED = Rejection.conflict("rating.event-not-completed",
            "Only completed events can be rated.");
    public static final Rejection NOT_ATTENDEE = Rejection.forbidden("rating.not-attendee",
            "Only people who held a booking for the event can rate it.");

    private RatingRefusals() {
    }
}
