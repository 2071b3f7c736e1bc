package io.eventboard.bootstrap.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Http;
import io.eventboard.bootstrap.http.Http.Answer;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Register, log in, refresh and log out over HTTP, on the wired server and real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthHttpTest implements TestServer {

    private static final String PASSWORD = "correct horse battery staple";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    private Http http;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
        http = new Http(client, json);
    }

    @Test
    void registeringAnswers201WithTheAccountAndNeverThePasswordOrItsHash() {
        Answer answer = http.register("ada", "ada@example.org", PASSWORD);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.body()).containsEntry("username", "ada").containsEntry("email", "ada@example.org")
                .containsEntry("role", "user").containsEntry("enabled", true)
                .containsKeys("id", "created_at")
                .doesNotContainKeys("password", "password_hash", "passwordHash");
        assertThat(UUID.fromString(answer.text("id"))).isNotNull();
        assertThat(Instant.parse(answer.text("created_at"))).isBeforeOrEqualTo(Instant.now());
        String storedHash = DirectSql.text("SELECT password_hash FROM users WHERE username = 'ada'");
        assertThat(answer.raw()).doesNotContain(PASSWORD).doesNotContain(storedHash).doesNotContain("argon2");
        assertThat(storedHash).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void aTakenUsernameOrEmailIsA409WhateverItsCase() {
        http.register("ada", "ada@example.org", PASSWORD);

        Answer sameName = http.register("ADA", "other@example.org", PASSWORD);
        Answer sameEmail = http.register("ada2", "Ada@Example.org", PASSWORD);

        for (Answer answer : List.of(sameName, sameEmail)) {
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.body()).containsEntry("code", "account.taken").containsEntry("status", 409)
                    .containsEntry("type", "urn:eventboard:problem:account.taken")
                    .containsKeys("title", "detail");
        }
        assertThat(DirectSql.number("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    void aPasswordShorterThanEightCharactersIsA400NamingPassword() {
        Answer answer = http.register("ada", "ada@example.org", "short12");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsEntry("code", "validation");
        assertThat(answer.errors()).extracting(error -> error.get("field")).containsExactly("password");
        assertThat(answer.raw()).doesNotContain("short12");
        assertThat(DirectSql.number("SELECT count(*) FROM users")).isZero();
    }

    @Test
    void aMalformedEmailIsA400NamingEmail() {
        Answer answer = http.register("ada", "not-an-email", PASSWORD);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("code", "validation");
        assertThat(answer.errors()).containsExactly(Map.of("field", "email", "message", "must be an email address"));
    }

    @Test
    void anUnknownFieldSuchAsRoleIsRefusedNamingIt() {
        Answer answer = http.post("/api/auth/register", Map.of("username", "eve", "email", "eve@example.org",
                "password", PASSWORD, "role", "admin"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsEntry("code", "validation")
                .containsEntry("detail", "role is not a known field");
        assertThat(answer.errors()).containsExactly(Map.of("field", "role", "message", "is not a known field"));
        assertThat(DirectSql.number("SELECT count(*) FROM users")).isZero();
    }

    @Test
    void loggingInAnswersTokensAsOAuth2Does() {
        http.register("ada", "ada@example.org", PASSWORD);

        Answer answer = http.login("ADA", PASSWORD);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("token_type", "Bearer").containsEntry("expires_in", 900)
                .containsEntry("username", "ada").containsEntry("role", "user");
        assertThat(answer.text("access_token")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(answer.text("refresh_token")).isNotBlank().isNotEqualTo(answer.text("access_token"));
        assertThat(http.get("/api/me", answer.text("access_token")).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsA401WithTheSameCode() {
        http.register("ada", "ada@example.org", PASSWORD);

        Answer wrongPassword = http.login("ada", "not the password");
        Answer unknownUser = http.login("nobody", PASSWORD);

        for (Answer answer : List.of(wrongPassword, unknownUser)) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.body()).containsEntry("code", "auth.invalid-credentials")
                    .doesNotContainKeys("access_token", "refresh_token");
        }
        assertThat(wrongPassword.body().get("detail")).isEqualTo(unknownUser.body().get("detail"));
    }

    @Test
    void refreshingRotatesTheRefreshToken() {
        http.register("ada", "ada@example.org", PASSWORD);
        String first = http.login("ada", PASSWORD).text("refresh_token");

        Answer refreshed = http.post("/api/auth/token/refresh", Map.of("refresh_token", first));
        Answer reused = http.post("/api/auth/token/refresh", Map.of("refresh_token", first));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.body()).containsEntry("token_type", "Bearer").containsEntry("expires_in", 900);
        String second = refreshed.text("refresh_token");
        assertThat(second).isNotEqualTo(first);
        assertThat(http.get("/api/me", refreshed.text("access_token")).status()).isEqualTo(200);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.body()).containsEntry("code", "auth.invalid-refresh-token");
        assertThat(http.post("/api/auth/token/refresh", Map.of("refresh_token", second)).status()).isEqualTo(200);
    }

    @Test
    void afterLogoutTheRefreshTokenIsRefused() {
        http.register("ada", "ada@example.org", PASSWORD);
        String refreshToken = http.login("ada", PASSWORD).text("refresh_token");

        Answer logout = http.post("/api/auth/logout", Map.of("refresh_token", refreshToken));
        Answer refresh = http.post("/api/auth/token/refresh", Map.of("refresh_token", refreshToken));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.raw()).isEmpty();
        assertThat(refresh.status()).isEqualTo(401);
        assertThat(refresh.body()).containsEntry("code", "auth.invalid-refresh-token");
        assertThat(http.post("/api/auth/logout", Map.of("refresh_token", refreshToken)).status())
                .as("logging out twice is harmless").isEqualTo(204);
    }

    @Test
    void anUnknownOrEmptyRefreshTokenIsA401() {
        assertThat(http.post("/api/auth/token/refresh", Map.of("refresh_token", "made-up")).status()).isEqualTo(401);
        assertThat(http.post("/api/auth/token/refresh", Map.of()).status()).isEqualTo(401);
    }
}
