package io.eventboard.application.testing;

import io.eventboard.domain.user.RefreshTokens;
import io.eventboard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link RefreshTokens} over the in-memory database, with the rules of the {@code refresh_tokens} table: the
 * key is a SHA-256 hex hash (never the token itself), the owner must exist, and consuming revokes a live token
 * in one step, so a token is good for exactly one refresh or logout.
 */
public final class InMemoryRefreshTokens implements RefreshTokens {

    /** A row of the table. {@code revokedAt} is null while the token is live. */
    public record StoredToken(String tokenHash, UserId user, Instant issuedAt, Instant expiresAt, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }

        StoredToken revokeAt(Instant now) {
            return new StoredToken(tokenHash, user, issuedAt, expiresAt, now);
        }
    }

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final InMemoryDatabase db;

    public InMemoryRefreshTokens(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void issue(String tokenHash, UserId user, Instant expiresAt, Instant now) {
        db.change("RefreshTokens.issue", t -> {
            if (tokenHash == null || !SHA256_HEX.matcher(tokenHash).matches()) {
                throw new IllegalStateException("check constraint violated: token_hash must be 64 hex characters");
            }
            if (t.refreshTokens.containsKey(tokenHash)) {
                throw new IllegalStateException("unique constraint violated: token_hash " + tokenHash);
            }
            t.requireUser(user);
            t.refreshTokens.put(tokenHash, new StoredToken(tokenHash, user, now, expiresAt, null));
        });
    }

    @Override
    public Optional<UserId> consume(String tokenHash, Instant now) {
        return db.write("RefreshTokens.consume", t -> {
            StoredToken stored = t.refreshTokens.get(tokenHash);
            if (stored == null || stored.revoked() || !stored.expiresAt().isAfter(now)) {
                return Optional.empty();
            }
            t.refreshTokens.put(tokenHash, stored.revokeAt(now));
            return Optional.of(stored.user());
        });
    }

    @Override
    public int revokeAll(UserId user, Instant now) {
        return db.write("RefreshTokens.revokeAll", t -> {
            List<StoredToken> live = t.refreshTokens.values().stream()
                    .filter(token -> token.user().equals(user) && !token.revoked() && token.expiresAt().isAfter(now))
                    .toList();
            live.forEach(token -> t.refreshTokens.put(token.tokenHash(), token.revokeAt(now)));
            return live.size();
        });
    }

    // ---- for tests ----

    public Optional<StoredToken> find(String tokenHash) {
        return db.read(t -> Optional.ofNullable(t.refreshTokens.get(tokenHash)));
    }

    public List<StoredToken> all() {
        return db.read(t -> List.copyOf(t.refreshTokens.values()));
    }

    public List<StoredToken> of(UserId user) {
        return db.read(t -> t.refreshTokens.values().stream().filter(token -> token.user().equals(user)).toList());
    }

    public List<StoredToken> live(Instant now) {
        return db.read(t -> t.refreshTokens.values().stream()
                .filter(token -> !token.revoked() && token.expiresAt().isAfter(now)).toList());
    }
}
