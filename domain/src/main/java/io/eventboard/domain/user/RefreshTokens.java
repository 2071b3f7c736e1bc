package io.eventboard.domain.user;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the refresh tokens handed out at login, stored only as hashes. A token is used once: refreshing
 * consumes it and issues a new one, and logging out revokes it, on every server instance at once.
 */
public interface RefreshTokens {

    void issue(String tokenHash, UserId user, Instant expiresAt, Instant now);

    /** Revokes the token and returns its owner, when it is known, unrevoked and unexpired; empty otherwise. */
    Optional<UserId> consume(String tokenHash, Instant now);

    /** Revokes every live token of {@code user} (a disabled account's sessions end); returns how many. */
    int revokeAll(UserId user, Instant now);
}
