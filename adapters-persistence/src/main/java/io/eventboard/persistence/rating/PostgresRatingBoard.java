package io.eventboard.persistence.rating;

import io.eventboard.application.rating.query.RatingBoard;
import io.eventboard.application.rating.query.RatingView;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.event.EventId;
import io.eventboard.persistence.jdbc.Pages;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;

/**
 * The ratings of an event in PostgreSQL, most recently given or changed first (ties by user id), with the rater's
 * username. The primary key (event_id, user_id) finds an event's ratings; there are at most as many as seats, so
 * ordering them needs no index of its own (one would be rewritten on every re-rating).
 */
@Singleton
final class PostgresRatingBoard implements RatingBoard {

    private static final String PAGE = """
            SELECT r.event_id, r.user_id, u.username, r.score, r.comment, r.created_at, r.updated_at
            FROM ratings r JOIN users u ON u.id = r.user_id
            WHERE r.event_id = ?
            ORDER BY r.updated_at DESC, r.user_id DESC LIMIT ? OFFSET ?
            """;

    private static final String COUNT = "SELECT count(*) AS total FROM ratings WHERE event_id = ?";

    private final Sql sql;

    PostgresRatingBoard(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<RatingView> of(EventId event, PageRequest page) {
        return sql.atomically(() -> {
            List<RatingView> rows = sql.list(PAGE,
                    p -> p.uuid(event.value()).integer(page.size() + 1).bigint(page.offset()),
                    PostgresRatingBoard::map);
            return Pages.of(rows, page, false, Pages.NO_CAP,
                    () -> sql.one(COUNT, p -> p.uuid(event.value()), row -> row.bigint("total")).orElseThrow(), null);
        });
    }

    private static RatingView map(Row row) throws SQLException {
        return new RatingView(row.uuid("event_id"), row.uuid("user_id"), row.text("username"), row.integer("score"),
                row.text("comment"), row.instant("created_at"), row.instant("updated_at"));
    }
}
