package io.eventboard.bootstrap.http.ops;

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

/** With {@code OPS_ALLOW_ADMIN=true} an admin's access token runs the operations too; a user's still does not. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminOnOpsApiTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestServer.super.getProperties());
        properties.put("eventboard.ops-allow-admin", "true");
        return properties;
    }

    @Test
    void anAdminMayRunTheOperationsWhenTheSettingSaysSo() {
        TestDatabase.cleanDatabase();
        Api api = new Api(http.toBlocking());
        String admin = api.adminToken("root");
        String ann = api.userToken("ann");

        assertThat(api.post("/api/channels/events/update-all-statuses", null, admin).status()).isEqualTo(200);
        assertThat(api.get("/api/events-status/pending-start", admin).status()).isEqualTo(200);
        assertThat(api.post("/api/channels/events/update-all-statuses", null, ann).status()).isEqualTo(403);
    }
}
