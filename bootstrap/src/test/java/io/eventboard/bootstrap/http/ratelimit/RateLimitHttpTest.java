package io.eventboard.bootstrap.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Three requests a minute on login and register per client address, and on the operations endpoints per
 * token; X-Forwarded-For is trusted here so that each test speaks from addresses of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitHttpTest implements TestServer {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestServer.super.getProperties();
        properties.put("eventboard.rate-limit-auth-per-minute", "3");
        properties.put("eventboard.rate-limit-ops-per-minute", "3");
        properties.put("eventboard.trust-forwarded-for", "true");
        return properties;
    }

    @BeforeEach
    void freshBoard() {
        TestDatabase.cleanDatabase();
        api = new Api(http.toBlocking());
    }

    static String newAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    private Answer from(String address, MutableHttpRequest<?> request, String token) {
        return api.call(request.header("X-Forwarded-For", address), token);
    }

    private Answer register(String address, String username) {
        return from(address, HttpRequest.POST("/api/auth/register", Map.of("username", username,
                "email", username + "@example.org", "password", "password-" + username)), null);
    }

    private Answer login(String address, String username) {
        return from(address, HttpRequest.POST("/api/auth/login", Map.of("username", username,
                "password", "password-" + username)), null);
    }

    static void assertLimited(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(429);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).containsEntry("code", "request.rate-limited").containsEntry("status", 429);
        assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 60L);
    }

    private String adminToken(String username) throws Exception {
        String address = newAddress();
        assertThat(register(address, username).status()).isEqualTo(201);
        DirectSql.execute("UPDATE users SET role = 'ADMIN' WHERE username = ?", username);
        return login(address, username).field("access_token");
    }

    private String serviceToken(String admin, String name) {
        Answer created = api.post("/api/admin/service-tokens", Map.of("name", name, "scopes", List.of("ops")), admin);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.field("token");
    }

    @Test
    void theFourthLoginFromOneAddressInAMinuteIsRefused() {
        String address = newAddress();
        assertThat(register(address, "ann").status()).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            assertThat(login(address, "ann").status()).isEqualTo(200);
        }
        assertLimited(login(address, "ann"));
        // Wrong passwords count too, and another address has a bucket of its own.
        assertThat(login(newAddress(), "ann").status()).isEqualTo(200);
    }

    @Test
    void registeringIsLimitedPerAddress() {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(register(address, "user" + i).status()).isEqualTo(201);
        }
        assertLimited(register(address, "user3"));
        assertThat(register(newAddress(), "user3").status()).isEqualTo(201);
    }

    @Test
    void operationsAreLimitedPerTokenAndEachTokenHasItsOwnBucket() throws Exception {
        String admin = adminToken("root");
        String cron = serviceToken(admin, "cron");
        String other = serviceToken(admin, "other");
        assertThat(api.get("/api/events-status/pending-start", cron).status()).isEqualTo(200);
        assertThat(api.post("/api/channels/events/send-reminders", null, cron).status()).isEqualTo(200);
        assertThat(api.get("/api/events-status/pending-finish", cron).status()).isEqualTo(200);
        assertLimited(api.post("/api/channels/events/update-all-statuses", null, cron));
        assertLimited(api.get("/api/events-status/pending-start", cron));

        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/events-status/pending-start", other).status()).isEqualTo(200);
        }
        assertLimited(api.get("/api/events-status/pending-start", other));
    }

    @Test
    void otherEndpointsAreNeverLimited() throws Exception {
        String admin = adminToken("boss");
        for (int i = 0; i < 10; i++) {
            assertThat(api.get("/api/events", admin).status()).isEqualTo(200);
            assertThat(api.get("/api/events", null).status()).isEqualTo(200);
        }
    }
}
