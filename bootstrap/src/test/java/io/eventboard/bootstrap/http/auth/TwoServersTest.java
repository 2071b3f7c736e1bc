package io.eventboard.bootstrap.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Http;
import io.eventboard.bootstrap.http.Http.Answer;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two server instances on one database, as behind a load balancer: a session opened on one works on the
 * other, and a refresh or logout on one is seen at once by the other, because refresh tokens live in
 * PostgreSQL and both sign with the same JWT secret.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersTest {

    private static final String PASSWORD = "correct horse battery staple";

    private EmbeddedServer first;
    private EmbeddedServer second;
    private HttpClient firstClient;
    private HttpClient secondClient;
    private Http one;
    private Http two;

    @BeforeAll
    void startTwoServers() {
        first = ApplicationContext.run(EmbeddedServer.class, withRandomPort());
        second = ApplicationContext.run(EmbeddedServer.class, withRandomPort());
        firstClient = first.getApplicationContext().createBean(HttpClient.class, first.getURL());
        secondClient = second.getApplicationContext().createBean(HttpClient.class, second.getURL());
        one = new Http(firstClient, first.getApplicationContext().getBean(JsonMapper.class));
        two = new Http(secondClient, second.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    void stopThem() {
        for (AutoCloseable closeable : new AutoCloseable[] {firstClient, secondClient, first, second}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
    }

    @Test
    void aSessionFromOneServerWorksOnTheOtherAndItsRevocationIsSeenEverywhere() {
        assertThat(first.getPort()).isNotEqualTo(second.getPort());
        assertThat(one.register("ada", "ada@example.org", PASSWORD).status()).isEqualTo(201);
        Answer login = one.login("ada", PASSWORD);

        assertThat(two.get("/api/me", login.text("access_token")).status())
                .as("an access token of the first server on the second").isEqualTo(200);

        Answer refreshed = two.post("/api/auth/token/refresh", Map.of("refresh_token", login.text("refresh_token")));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(one.post("/api/auth/token/refresh", Map.of("refresh_token", login.text("refresh_token"))).status())
                .as("the rotated-out token on the other server").isEqualTo(401);

        assertThat(one.post("/api/auth/logout", Map.of("refresh_token", refreshed.text("refresh_token"))).status())
                .isEqualTo(204);
        assertThat(two.post("/api/auth/token/refresh", Map.of("refresh_token", refreshed.text("refresh_token")))
                .status()).as("logged out on the first server, refused by the second").isEqualTo(401);
    }

    @Test
    void aTokenOutlivesTheServerThatIssuedIt() {
        one.register("bob", "bob@example.org", PASSWORD);
        String refreshToken = one.login("bob", PASSWORD).text("refresh_token");
        String accessToken = one.login("bob", PASSWORD).text("access_token");

        try (ApplicationContext restarted = ApplicationContext.run(withRandomPort())) {
            EmbeddedServer third = restarted.getBean(EmbeddedServer.class).start();
            try (HttpClient client = restarted.createBean(HttpClient.class, third.getURL())) {
                Http three = new Http(client, restarted.getBean(JsonMapper.class));
                assertThat(three.get("/api/me", accessToken).status()).isEqualTo(200);
                assertThat(three.post("/api/auth/token/refresh", Map.of("refresh_token", refreshToken)).status())
                        .isEqualTo(200);
            }
        }
    }

    private static Map<String, Object> withRandomPort() {
        Map<String, Object> properties = new HashMap<>(new TestServer() { }.getProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
