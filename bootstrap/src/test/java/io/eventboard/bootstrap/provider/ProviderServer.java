package io.eventboard.bootstrap.provider;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.provider.testing.FeedServer;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole server on the test database with an events provider: a {@link FeedServer} of its own, fast retries
 * (10 ms, then 20 and 40), a 2 s timeout and a breaker that half-opens after {@link #BREAKER_RESET_MILLIS}.
 */
interface ProviderServer extends TestServer {

    String PROVIDER = "acme";
    long BREAKER_RESET_MILLIS = 2000;

    FeedServer feed();

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestServer.super.getProperties());
        properties.put("eventboard.provider.url", feed().url());
        properties.put("eventboard.provider.name", PROVIDER);
        properties.put("eventboard.provider.timeout", "PT2S");
        properties.put("eventboard.provider.retry-attempts", "3");
        properties.put("eventboard.provider.retry-delay", "PT0.01S");
        properties.put("eventboard.provider.breaker-reset", "PT" + BREAKER_RESET_MILLIS / 1000.0 + "S");
        return properties;
    }
}
