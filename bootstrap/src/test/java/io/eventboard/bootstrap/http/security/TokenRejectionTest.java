package io.eventboard.bootstrap.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.eventboard.application.account.admin.EnsureAdmin;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Http;
import io.eventboard.bootstrap.http.Http.Answer;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Only tokens the server signed, unaltered and unexpired, get in: everything else is a 401 problem, on the
 * user endpoint {@code GET /api/me} as on the admin endpoint {@code GET /api/admin/users}. A valid token of
 * an ordinary user on the admin endpoint is a 403.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenRejectionTest implements TestServer {

    private static final String PASSWORD = "correct horse battery staple";
    private static final List<String> PROTECTED = List.of("/api/me", "/api/admin/users");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    EnsureAdmin ensureAdmin;

    private Http http;
    private String userId;
    private String userToken;

    @BeforeEach
    void aRegisteredUser() {
        TestDatabase.cleanDatabase();
        http = new Http(client, json);
        userId = http.register("ada", "ada@example.org", PASSWORD).text("id");
        userToken = http.accessToken("ada", PASSWORD);
    }

    @Test
    void theCallersOwnAccountWithAValidToken() {
        Answer me = http.get("/api/me", userToken);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).containsEntry("id", userId).containsEntry("username", "ada")
                .containsEntry("email", "ada@example.org").containsEntry("role", "user")
                .containsKey("created_at").doesNotContainKeys("password", "password_hash");
    }

    @Test
    void aTokenCraftedWithTheServersSecretIsAccepted_soTheRefusalsBelowAreAboutWhatTheyChange() {
        Instant now = Instant.now();
        String crafted = Jwts.signed(Jwts.claims(userId, "USER", now, now.plusSeconds(300)), JWT_SECRET);

        assertThat(http.get("/api/me", crafted).status()).isEqualTo(200);
    }

    @Test
    void aValidTokenOfAnAccountThatNoLongerExistsFindsNoAccount() {
        Instant now = Instant.now();
        String orphan = Jwts.signed(Jwts.claims(UUID.randomUUID().toString(), "USER", now, now.plusSeconds(300)),
                JWT_SECRET);

        Answer me = http.get("/api/me", orphan);

        assertThat(me.status()).isEqualTo(404);
        assertThat(me.contentType()).isEqualTo("application/problem+json");
        assertThat(me.body()).containsEntry("code", "account.not-found");
    }

    @Test
    void noTokenIsA401Problem() {
        for (String path : PROTECTED) {
            assertUnauthenticated(http.get(path));
        }
    }

    @Test
    void garbageInsteadOfATokenIsA401() {
        for (String path : PROTECTED) {
            assertUnauthenticated(http.get(path, "not-a-jwt"));
            assertUnauthenticated(http.send(HttpRequest.GET(path).header("Authorization", "Basic YWRhOnB3")));
        }
    }

    @Test
    void aTokenWhosePayloadWasChangedIsA401_evenWhenItClaimsToBeAnAdmin() {
        JWTClaimsSet original = Jwts.payload(userToken);
        JWTClaimsSet escalated = new JWTClaimsSet.Builder(original).claim("roles", List.of("ADMIN")).build();
        String tampered = Jwts.withPayload(userToken, escalated);

        assertThat(tampered).isNotEqualTo(userToken);
        for (String path : PROTECTED) {
            assertUnauthenticated(http.get(path, tampered));
        }
    }

    @Test
    void anExpiredTokenIsA401() {
        Instant now = Instant.now();
        String expired = Jwts.signed(Jwts.claims(userId, "USER", now.minus(Duration.ofHours(2)),
                now.minus(Duration.ofHours(1))), JWT_SECRET);

        for (String path : PROTECTED) {
            assertUnauthenticated(http.get(path, expired));
        }
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsA401() {
        Instant now = Instant.now();
        String unsigned = Jwts.unsigned(Jwts.claims(userId, "ADMIN", now, now.plusSeconds(300)));

        assertThat(unsigned).endsWith(".");
        for (String path : PROTECTED) {
            assertUnauthenticated(http.get(path, unsigned));
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyIsA401() {
        Instant now = Instant.now();
        String forged = Jwts.signed(Jwts.claims(userId, "ADMIN", now, now.plusSeconds(300)),
                "another-secret-that-is-long-enough-for-hs256-signing");

        for (String path : PROTECTED) {
            assertUnauthenticated(http.get(path, forged));
        }
    }

    @Test
    void aValidUserTokenOnTheAdminEndpointIsA403Problem() {
        Answer answer = http.get("/api/admin/users", userToken);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsEntry("status", 403).containsEntry("code", "auth.forbidden")
                .containsEntry("type", "urn:eventboard:problem:auth.forbidden").containsKeys("title", "detail");
    }

    @Test
    void anAdminTokenOpensTheAdminEndpoint() {
        ensureAdmin.ensure("root", "root@example.org", PASSWORD);

        Answer answer = http.get("/api/admin/users", http.accessToken("root", PASSWORD));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("total", 2);
    }

    private static void assertUnauthenticated(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsEntry("status", 401).containsEntry("code", "auth.unauthenticated")
                .containsKeys("type", "title", "detail");
        assertThat(answer.raw()).doesNotContain("Exception").doesNotContain("nimbus");
    }
}
