package io.eventboard.domain.rating;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.user.UserId;
import java.util.Optional;

/** Port: the stored ratings, at most one per user and event. */
public interface Ratings {

    Optional<Rating> find(EventId event, UserId user);

    /** Stores the rating, replacing the user's earlier rating of the same event. */
    void save(Rating rating);
}
