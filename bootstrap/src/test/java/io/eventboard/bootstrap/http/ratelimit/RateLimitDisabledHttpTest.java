package io.eventboard.bootstrap.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** RATE_LIMIT_*_PER_MINUTE=0 switches the limits off. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitDisabledHttpTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestServer.super.getProperties();
        properties.put("eventboard.rate-limit-auth-per-minute", "0");
        properties.put("eventboard.rate-limit-ops-per-minute", "0");
        return properties;
    }

    @Test
    void zeroDisablesTheLimits() {
        TestDatabase.cleanDatabase();
        Api api = new Api(http.toBlocking());
        api.userToken("ann");
        for (int i = 0; i < 10; i++) {
            assertThat(api.login("ann")).isNotBlank();
            assertThat(api.get("/api/events-status/pending-start", null).status()).isEqualTo(401);
        }
    }
}
