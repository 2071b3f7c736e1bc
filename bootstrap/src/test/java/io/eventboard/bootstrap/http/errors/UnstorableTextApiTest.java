package io.eventboard.bootstrap.http.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A NUL character, which PostgreSQL cannot store or compare, is the client's mistake wherever it is sent: a 400
 * problem, never a 500, and nothing is written. Found by the fuzz drill (bench/drills/fuzz.sh).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnstorableTextApiTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;
    private String ann;

    @BeforeEach
    void freshBoard() {
        TestDatabase.cleanDatabase();
        api = new Api(http.toBlocking());
        ann = api.userToken("ann");
    }

    @Test
    void aNulCharacterInAFieldIsRefusedAndNothingIsStored() {
        Answer answer = api.post("/api/events", Map.of("title", "Meet\u0000up", "starts_at", "2031-05-01T18:00:00Z",
                "capacity", 10, "tags", List.of()), ann);

        assertInvalidText(answer);
        assertThat(api.get("/api/events", null).body()).containsEntry("total", 0);
    }

    @Test
    void aNulCharacterInASearchOrALoginIsRefused() {
        assertInvalidText(api.get("/api/events?q=a%00b", null));
        assertInvalidText(api.get("/api/venues?city=%00", null));
        assertInvalidText(api.post("/api/auth/login", Map.of("username", "\u0000", "password", "password-x"), null));
    }

    private static void assertInvalidText(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsEntry("code", "request.invalid-text").containsEntry("detail",
                "The request contains text that cannot be stored, such as a NUL character.");
    }
}
