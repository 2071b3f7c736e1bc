package io.eventboard.bootstrap;

import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/** The whole server on the test database, with a fixed signing secret and the background jobs left to the test. */
public interface TestServer extends TestPropertyProvider {

    String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-signing";

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put(SecuritySetup.SECRET_PROPERTY, JWT_SECRET);
        properties.put("eventboard.role", "api");
        // A free port, so that builds running side by side (other worktrees, CI jobs) never fight over 8080.
        properties.put("micronaut.server.port", "-1");
        // High enough that no test but RateLimitHttpTest ever meets the rate limits.
        properties.put("eventboard.rate-limit-auth-per-minute", "100000");
        properties.put("eventboard.rate-limit-ops-per-minute", "100000");
        return properties;
    }
}
