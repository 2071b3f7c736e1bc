package io.eventboard.rest.security;

import io.eventboard.domain.user.UserAccount;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Signs short-lived access tokens (JWT, HS256): subject = user id, roles = the user's role. */
@Singleton
public class AccessTokens {

    private final JwtTokenGenerator generator;
    private final Duration lifetime;

    public AccessTokens(JwtTokenGenerator generator,
                        @Value("${eventboard.access-token-lifetime:PT15M}") Duration lifetime) {
        this.generator = generator;
        this.lifetime = lifetime;
    }

    public String issue(UserAccount account) {
        Authentication authentication = Authentication.build(account.id().toString(),
                List.of(account.role().name()), Map.of("username", account.username()));
        return generator.generateToken(authentication, (int) lifetime.toSeconds())
                .orElseThrow(() -> new IllegalStateException("the JWT generator produced no token"));
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }
}
