package io.eventboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.http.Http;
import io.eventboard.bootstrap.http.Http.Answer;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ADMIN_USERNAME / ADMIN_PASSWORD (/ ADMIN_EMAIL) create the admin account when the server starts. */
class AdminFromSettingsTest {

    private static final String PASSWORD = "admin password 1";

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
    }

    @Test
    void theAdminNamedInTheSettingsCanLogInWithTheAdminRole() {
        try (EmbeddedServer server = start(Map.of("eventboard.admin-username", "root",
                "eventboard.admin-email", "root@example.org", "eventboard.admin-password", PASSWORD));
             HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            Http http = new Http(client, server.getApplicationContext().getBean(JsonMapper.class));

            Answer login = http.login("root", PASSWORD);

            assertThat(login.status()).isEqualTo(200);
            assertThat(login.body()).containsEntry("role", "admin");
            assertThat(http.get("/api/me", login.text("access_token")).body())
                    .containsEntry("role", "admin").containsEntry("email", "root@example.org");
            assertThat(http.get("/api/admin/users", login.text("access_token")).status()).isEqualTo(200);
        }
    }

    @Test
    void aSecondStartLeavesTheAdminAsItIs_andWithoutAnEmailOneIsMadeUp() {
        Map<String, Object> settings = Map.of("eventboard.admin-username", "root",
                "eventboard.admin-password", PASSWORD);
        try (EmbeddedServer first = start(settings)) {
            assertThat(first.isRunning()).isTrue();
        }
        String hash = DirectSql.text("SELECT password_hash FROM users WHERE username = 'root'");

        try (EmbeddedServer second = start(Map.of("eventboard.admin-username", "root",
                "eventboard.admin-password", "another password 2"))) {
            assertThat(second.isRunning()).isTrue();
        }

        assertThat(DirectSql.number("SELECT count(*) FROM users")).isEqualTo(1);
        assertThat(DirectSql.text("SELECT role FROM users")).isEqualTo("ADMIN");
        assertThat(DirectSql.text("SELECT email FROM users")).isEqualTo("root@localhost.localdomain");
        assertThat(DirectSql.text("SELECT password_hash FROM users")).isEqualTo(hash);
    }

    @Test
    void withoutThePasswordNoAdminIsCreated() {
        try (EmbeddedServer server = start(Map.of("eventboard.admin-username", "root"))) {
            assertThat(server.isRunning()).isTrue();
        }

        assertThat(DirectSql.number("SELECT count(*) FROM users")).isZero();
    }

    private static EmbeddedServer start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(new TestServer() { }.getProperties());
        properties.put("micronaut.server.port", "-1");
        properties.putAll(settings);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }
}
