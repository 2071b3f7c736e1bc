package io.eventboard.bootstrap.http.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Http;
import io.eventboard.bootstrap.http.Http.Answer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every error the framework answers is a problem document: type, title, status, detail, code, and for input
 * errors the fields at fault by their snake_case names, never parser or class names.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemResponsesTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(client, json);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithWhatWasExpected() {
        Answer answer = http.post("/test/probe/typed", "{\"title\": \"Meetup\", \"capacity\": \"abc\"}");

        assertProblem(answer, 400, "validation");
        assertThat(answer.body()).containsEntry("title", "Invalid input");
        assertThat(answer.errors()).containsExactly(
                Map.of("field", "capacity", "message", "has the wrong type (expected a number)"));
        assertThat(answer.text("detail")).isEqualTo("capacity has the wrong type (expected a number)");
    }

    @Test
    void aCamelCaseFieldIsNamedInSnakeCaseAsTheClientSentIt() {
        Answer answer = http.post("/test/probe/typed", "{\"title\": \"Meetup\", \"starts_at\": \"tomorrow\"}");

        assertProblem(answer, 400, "validation");
        assertThat(answer.errors()).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("field", "starts_at");
            assertThat(error.get("message").toString()).startsWith("has the wrong type");
        });
    }

    @Test
    void aWrongTypeInsideANestedObjectIsNamedByItsPath() {
        Answer answer = http.post("/test/probe/typed", "{\"venue\": {\"name\": \"Hall\", \"seats\": \"many\"}}");

        assertProblem(answer, 400, "validation");
        assertThat(answer.errors()).containsExactly(
                Map.of("field", "venue.seats", "message", "has the wrong type (expected a number)"));
    }

    @Test
    void aWrongTypeInAnArrayIsNamedWithItsIndex() {
        Answer answer = http.post("/test/probe/typed", "{\"tags\": [\"java\", {\"x\": 1}]}");

        assertProblem(answer, 400, "validation");
        assertThat(answer.errors()).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("field", "tags[1]");
            assertThat(error.get("message").toString()).startsWith("has the wrong type");
        });
    }

    @Test
    void anUnknownFieldInsideANestedObjectIsNamedByItsPath() {
        Answer answer = http.post("/test/probe/typed", "{\"venue\": {\"name\": \"Hall\", \"color\": \"red\"}}");

        assertProblem(answer, 400, "validation");
        assertThat(answer.errors()).containsExactly(Map.of("field", "venue.color", "message", "is not a known field"));
    }

    @Test
    void anUnknownFieldIsNamed() {
        Answer answer = http.post("/api/auth/login", "{\"username\": \"ada\", \"password\": \"x\", \"role\": 1}");

        assertProblem(answer, 400, "validation");
        assertThat(answer.errors()).containsExactly(Map.of("field", "role", "message", "is not a known field"));
    }

    @Test
    void malformedJsonIsA400WithAShortDetailGivingOnlyLineAndColumn() {
        Answer answer = http.post("/api/auth/login", "{\"username\": \"ada\",\n \"password\": }");

        assertProblem(answer, 400, "request.malformed-json");
        assertThat(answer.text("detail")).startsWith("The body is not valid JSON").hasSizeLessThan(80);
        assertThat(answer.errors()).isEmpty();
    }

    @Test
    void aMissingBodyIsA400() {
        Answer answer = http.send(HttpRequest.POST("/api/auth/login", "").contentType(MediaType.APPLICATION_JSON));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertNoInternals(answer);
    }

    @Test
    void aBodyOverSixtyFourKibibytesIsA413() {
        String huge = "{\"username\": \"" + "a".repeat(70_000) + "\", \"password\": \"x\"}";

        Answer answer = http.post("/api/auth/login", huge);

        assertProblem(answer, 413, "request.too-large");
    }

    @Test
    void anUnsupportedMediaTypeIsA415() {
        Answer answer = http.send(HttpRequest.POST("/api/auth/login", "username=ada&password=x")
                .contentType(MediaType.TEXT_PLAIN_TYPE));

        assertProblem(answer, 415, "request.unsupported-media-type");
    }

    @Test
    void aMethodTheRouteDoesNotAllowIsA405() {
        Answer answer = http.get("/api/auth/login");

        assertProblem(answer, 405, "request.method-not-allowed");
    }

    @Test
    void anUnknownPathIsA404() {
        Answer answer = http.get("/api/no/such/thing");

        assertProblem(answer, 404, "request.not-found");
    }

    @Test
    void aServerErrorNeverShowsItsCause() {
        Answer answer = http.get("/test/probe/boom");

        assertProblem(answer, 500, "server.error");
        assertThat(answer.text("detail")).isEqualTo("An unexpected error occurred; it has been logged.");
        assertThat(answer.raw()).doesNotContain("hunter2").doesNotContain("jdbc").doesNotContain("IllegalState");
    }

    @Test
    void anUnreachableDatabaseIsA503TheClientMayRetry() {
        Answer answer = http.get("/test/probe/database-down");

        assertProblem(answer, 503, "server.unavailable");
        assertThat(answer.headers().get("Retry-After")).isEqualTo("5");
        assertThat(answer.text("detail")).isEqualTo(
                "The service cannot reach its database at the moment; try again shortly.");
        assertThat(answer.raw()).doesNotContain("jdbc").doesNotContain("127.0.0.1").doesNotContain("refused");
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsEntry("status", status).containsEntry("code", code)
                .containsEntry("type", "urn:eventboard:problem:" + code).containsKeys("title", "detail", "errors");
        assertNoInternals(answer);
    }

    private static void assertNoInternals(Answer answer) {
        assertThat(answer.raw()).doesNotContain("Exception").doesNotContain("io.micronaut")
                .doesNotContain("io.eventboard").doesNotContain("com.fasterxml").doesNotContain("Source:");
    }
}
