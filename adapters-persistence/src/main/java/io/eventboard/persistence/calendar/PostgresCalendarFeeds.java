package io.eventboard.persistence.calendar;

import io.eventboard.domain.calendar.CalendarFeeds;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Calendar feed links in PostgreSQL: one row per user, replaced in one statement. */
@Singleton
final class PostgresCalendarFeeds implements CalendarFeeds {

    private static final String REPLACE = """
            INSERT INTO calendar_feeds (user_id, secret_hash, created_at) VALUES (?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET secret_hash = excluded.secret_hash, created_at = excluded.created_at
            """;

    private final Sql sql;

    PostgresCalendarFeeds(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void replace(UserId user, String secretHash, Instant now) {
        sql.update(REPLACE, p -> p.uuid(user.value()).text(secretHash).instant(now));
    }

    @Override
    public Optional<UserId> owner(String secretHash) {
        return sql.one("SELECT user_id FROM calendar_feeds WHERE secret_hash = ?", p -> p.text(secretHash),
                row -> new UserId(row.uuid("user_id")));
    }

    @Override
    public boolean revoke(UserId user) {
        return sql.update("DELETE FROM calendar_feeds WHERE user_id = ?", p -> p.uuid(user.value())) == 1;
    }
}
