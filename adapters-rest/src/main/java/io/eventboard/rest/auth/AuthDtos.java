package io.eventboard.rest.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the account endpoints. Requests refuse unknown fields rather than silently ignore them. */
final class AuthDtos {

    private AuthDtos() {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "RegisterRequest", description = "A new account; unknown fields (such as role) are refused.")
    record RegisterRequest(
            @Schema(description = "3-50 letters, digits, '.', '_' or '-'; unique ignoring case", example = "ada")
            String username,
            @Schema(description = "Unique ignoring case", example = "ada@example.org") String email,
            @Schema(description = "8-128 characters", example = "correct horse battery staple", format = "password")
            String password) {
        @Override
        public String toString() {
            return "RegisterRequest[username=" + username + ", email=" + email + "]";
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "LoginRequest")
    record LoginRequest(
            @Schema(description = "Any case", example = "ada") String username,
            @Schema(example = "correct horse battery staple", format = "password") String password) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + "]";
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "RefreshRequest")
    record RefreshRequest(@Schema(description = "The refresh_token of the last login or refresh") String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    /** As OAuth2 and Micronaut Security answer a login. */
    @Serdeable
    @Schema(name = "Tokens", description = "A session, as OAuth2 answers a login.")
    record TokenResponse(
            @Schema(description = "JWT to send as 'Authorization: Bearer <access_token>'") String accessToken,
            @Schema(description = "Single use: trade it for new tokens at /api/auth/token/refresh") String refreshToken,
            @Schema(example = "Bearer") String tokenType,
            @Schema(description = "Seconds the access token lives", example = "900") long expiresIn,
            @Schema(example = "ada") String username,
            @Schema(type = "string", allowableValues = {"user", "admin"}, example = "user") String role) {
        @Override
        public String toString() {
            return "TokenResponse[username=" + username + "]";
        }
    }
}
