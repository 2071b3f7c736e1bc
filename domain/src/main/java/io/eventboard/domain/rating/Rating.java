package io.eventboard.domain.rating;

import io.eventboard.domain.common.Validation;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** One attendee's rating of one event; rating again replaces score and comment. */
public record Rating(EventId event, UserId user, Score score, String comment, Instant createdAt, Instant updatedAt) {

    public static final int MAX_COMMENT = 2_000;

    public Rating {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        new Validation()
                .require(comment == null || comment.length() <= MAX_COMMENT, "comment",
                        "must be at most " + MAX_COMMENT + " characters")
                .check();
    }
}
