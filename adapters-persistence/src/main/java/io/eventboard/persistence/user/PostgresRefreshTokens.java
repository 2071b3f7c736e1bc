package io.eventboard.persistence.user;

import io.eventboard.domain.user.RefreshTokens;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Refresh tokens in PostgreSQL, by hash. Consuming is one conditional UPDATE: of two servers (or threads)
 * presenting the same token at once, the second waits for the first's row lock, then finds the row revoked
 * and changes nothing, so a token is good for exactly one refresh or logout.
 */
@Singleton
final class PostgresRefreshTokens implements RefreshTokens {

    private static final String CONSUME = """
            UPDATE refresh_tokens SET revoked_at = ?
            WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?
            RETURNING user_id
            """;

    private final Sql sql;

    PostgresRefreshTokens(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void issue(String tokenHash, UserId user, Instant expiresAt, Instant now) {
        sql.update("""
                        INSERT INTO refresh_tokens (token_hash, user_id, issued_at, expires_at)
                        VALUES (?, ?, ?, ?)
                        """,
                p -> p.text(tokenHash).uuid(user.value()).instant(now).instant(expiresAt));
    }

    @Override
    public int revokeAll(UserId user, Instant now) {
        return sql.update("""
                        UPDATE refresh_tokens SET revoked_at = ?
                        WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?
                        """,
                p -> p.instant(now).uuid(user.value()).instant(now));
    }

    @Override
    public Optional<UserId> consume(String tokenHash, Instant now) {
        return sql.one(CONSUME, p -> p.instant(now).text(tokenHash).instant(now),
                row -> new UserId(row.uuid("user_id")));
    }
}
