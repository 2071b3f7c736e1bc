package io.eventboard.application.servicetoken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: service tokens, stored by the SHA-256 hash of the token, never the token itself. */
public interface ServiceTokens {

    void add(ServiceToken token, String tokenHash);

    /** Every token, revoked ones included, newest first. */
    List<ServiceToken> all();

    /** Revokes a live token; answers the token as it is now, or empty when there is no such token. */
    Optional<ServiceToken> revoke(ServiceTokenId id, Instant now);

    /** The live (unrevoked) token with this hash, its last use stamped {@code now}; empty when none. */
    Optional<ServiceToken> use(String tokenHash, Instant now);
}
