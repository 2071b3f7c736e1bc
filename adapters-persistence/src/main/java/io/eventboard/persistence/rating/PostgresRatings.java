package io.eventboard.persistence.rating;

import io.eventboard.domain.event.EventId;
import io.eventboard.domain.rating.Rating;
import io.eventboard.domain.rating.Ratings;
import io.eventboard.domain.rating.Score;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Ratings in PostgreSQL, one row per (event, user): rating again replaces the row in place. */
@Singleton
final class PostgresRatings implements Ratings {

    private static final String UPSERT = """
            INSERT INTO ratings (event_id, user_id, score, comment, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (event_id, user_id)
            DO UPDATE SET score = excluded.score, comment = excluded.comment, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    PostgresRatings(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Rating> find(EventId event, UserId user) {
        return sql.one("""
                        SELECT event_id, user_id, score, comment, created_at, updated_at
                        FROM ratings WHERE event_id = ? AND user_id = ?
                        """,
                p -> p.uuid(event.value()).uuid(user.value()),
                row -> new Rating(new EventId(row.uuid("event_id")), new UserId(row.uuid("user_id")),
                        new Score(row.integer("score")), row.text("comment"), row.instant("created_at"),
                        row.instant("updated_at")));
    }

    /** The first rating's creation time is kept; only score, comment and the update time change. */
    @Override
    public void save(Rating rating) {
        sql.update(UPSERT, p -> p.uuid(rating.event().value()).uuid(rating.user().value())
                .integer(rating.score().value()).text(rating.comment()).instant(rating.createdAt())
                .instant(rating.updatedAt()));
    }
}
