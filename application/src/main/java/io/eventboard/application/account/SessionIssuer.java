package io.eventboard.application.account;

import io.eventboard.domain.common.Secrets;
import io.eventboard.domain.user.RefreshTokens;
import io.eventboard.domain.user.UserAccount;
import java.time.Duration;
import java.time.Instant;

/**
 * Hands out refresh tokens: random {@link Secrets}, of which only the hash is stored.
 */
public final class SessionIssuer {

    private final RefreshTokens refreshTokens;
    private final Duration lifetime;

    public SessionIssuer(RefreshTokens refreshTokens, Duration lifetime) {
        this.refreshTokens = refreshTokens;
        this.lifetime = lifetime;
    }

    public Session open(UserAccount account, Instant now) {
        String token = Secrets.random();
        Instant expiresAt = now.plus(lifetime);
        refreshTokens.issue(hash(token), account.id(), expiresAt, now);
        return new Session(account, token, expiresAt);
    }

    public static String hash(String token) {
        return Secrets.hash(token);
    }
}
