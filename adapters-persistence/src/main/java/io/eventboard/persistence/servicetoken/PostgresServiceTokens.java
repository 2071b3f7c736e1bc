package io.eventboard.persistence.servicetoken;

import io.eventboard.application.servicetoken.Scope;
import io.eventboard.application.servicetoken.ServiceToken;
import io.eventboard.application.servicetoken.ServiceTokenId;
import io.eventboard.application.servicetoken.ServiceTokens;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.jdbc.Row;
import io.eventboard.persistence.jdbc.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Service tokens in PostgreSQL, found by the hash of the token. Using one stamps {@code last_used_at} in the
 * statement that finds it; revoking is one conditional UPDATE, so a token revoked on one instance is refused
 * by every instance from the next request on.
 */
@Singleton
final class PostgresServiceTokens implements ServiceTokens {

    private static final String COLUMNS = "id, name, scopes, created_at, created_by, revoked_at, last_used_at";

    private final Sql sql;

    PostgresServiceTokens(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(ServiceToken token, String tokenHash) {
        sql.update("""
                        INSERT INTO service_tokens (id, name, scopes, token_hash, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                p -> p.uuid(token.id().value()).text(token.name())
                        .texts(token.scopes().stream().map(Scope::wireName).sorted().toList())
                        .text(tokenHash).instant(token.createdAt())
                        .uuid(token.createdBy() == null ? null : token.createdBy().value()));
    }

    @Override
    public List<ServiceToken> all() {
        return sql.list("SELECT " + COLUMNS + " FROM service_tokens ORDER BY created_at DESC, id DESC",
                p -> { }, PostgresServiceTokens::token);
    }

    @Override
    public Optional<ServiceToken> revoke(ServiceTokenId id, Instant now) {
        return sql.one("UPDATE service_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? RETURNING "
                + COLUMNS, p -> p.instant(now).uuid(id.value()), PostgresServiceTokens::token);
    }

    @Override
    public Optional<ServiceToken> use(String tokenHash, Instant now) {
        return sql.one("UPDATE service_tokens SET last_used_at = ? WHERE token_hash = ? AND revoked_at IS NULL "
                + "RETURNING " + COLUMNS, p -> p.instant(now).text(tokenHash), PostgresServiceTokens::token);
    }

    private static ServiceToken token(Row row) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : row.texts("scopes")) {
            Scope.parse(name).ifPresent(scopes::add);
        }
        UUID createdBy = row.uuid("created_by");
        return new ServiceToken(new ServiceTokenId(row.uuid("id")), row.text("name"), scopes,
                row.instant("created_at"), createdBy == null ? null : new UserId(createdBy),
                row.instant("revoked_at"), row.instant("last_used_at"));
    }
}
