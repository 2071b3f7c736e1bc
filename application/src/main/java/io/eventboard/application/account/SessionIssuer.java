package io.eventboard.application.account;

import io.eventboard.domain.common.Sha256;
import io.eventboard.domain.user.RefreshTokens;
import io.eventboard.domain.user.UserAccount;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Hands out refresh tokens: 256 random bits, of which only the SHA-256 hash is stored, so a copy of the database
 * cannot be used to log in. (The token is random, not a password, so a fast hash is the right tool here.)
 */
public final class SessionIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokens refreshTokens;
    private final Duration lifetime;

    public SessionIssuer(RefreshTokens refreshTokens, Duration lifetime) {
        this.refreshTokens = refreshTokens;
        this.lifetime = lifetime;
    }

    public Session open(UserAccount account, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(lifetime);
        refreshTokens.issue(hash(token), account.id(), expiresAt, now);
        return new Session(account, token, expiresAt);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
