package io.eventboard.rest.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** The bodies of the account endpoints. Requests refuse unknown fields rather than silently ignore them. */
final class AuthDtos {

    private AuthDtos() {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record RegisterRequest(String username, String email, String password) {
        @Override
        public String toString() {
            return "RegisterRequest[username=" + username + ", email=" + email + "]";
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + "]";
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    /** As OAuth2 and Micronaut Security answer a login. */
    @Serdeable
    record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn,
                         String username, String role) {
        @Override
        public String toString() {
            return "TokenResponse[username=" + username + "]";
        }
    }

    @Serdeable
    record UserView(UUID id, String username, String email, String role, Instant createdAt) {
    }
}
