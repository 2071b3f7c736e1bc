package io.eventboard.application.testing;

import io.eventboard.application.testing.InMemoryDatabase.RatingKey;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.rating.Rating;
import io.eventboard.domain.rating.Ratings;
import io.eventboard.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** {@link Ratings} over the in-memory database: one rating per user and event, saving replaces. */
public final class InMemoryRatings implements Ratings {

    private final InMemoryDatabase db;

    public InMemoryRatings(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Rating> find(EventId event, UserId user) {
        return db.read(t -> Optional.ofNullable(t.ratings.get(new RatingKey(event, user))));
    }

    @Override
    public void save(Rating rating) {
        db.change("Ratings.save", t -> {
            t.requireEvent(rating.event());
            t.ratings.put(new RatingKey(rating.event(), rating.user()), rating);
        });
    }

    // ---- for tests ----

    public List<Rating> of(EventId event) {
        return db.read(t -> t.ratings.values().stream().filter(rating -> rating.event().equals(event)).toList());
    }

    public List<Rating> all() {
        return db.read(t -> List.copyOf(t.ratings.values()));
    }
}
