package io.eventboard.application.servicetoken;

import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A long-lived credential for a machine (a cron job, another service), with the scopes it grants. The token
 * itself is never kept: only its hash, which the port stores beside this record. {@code revokedAt} and
 * {@code lastUsedAt} are null until it happens; {@code createdBy} is null once that admin is deleted.
 */
public record ServiceToken(ServiceTokenId id, String name, Set<Scope> scopes, Instant createdAt, UserId createdBy,
                           Instant revokedAt, Instant lastUsedAt) {

    public ServiceToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean grants(Scope scope) {
        return !revoked() && scopes.contains(scope);
    }
}
