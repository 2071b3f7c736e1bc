package io.eventboard.bootstrap.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Http;
import io.eventboard.bootstrap.http.Http.Answer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The OpenAPI document and its views, written at build time, are served to anyone. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentationTest implements TestServer {

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
    void theOpenApiDocumentIsServedAnonymouslyAtAStablePath() {
        Answer answer = http.get("/swagger/eventboard.yml");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw()).startsWith("openapi: 3.")
                .contains("title: Eventboard")
                .contains("/api/auth/login:", "/api/auth/register:", "/api/auth/token/refresh:", "/api/auth/logout:")
                .contains("/api/me:", "/api/admin/users:", "/health:")
                .contains("bearerAuth:", "scheme: bearer", "bearerFormat: JWT")
                .contains("application/problem+json", "$ref: \"#/components/schemas/Problem\"")
                .contains("access_token:", "created_at:")
                .doesNotContain("accessToken:", "createdAt:", "/test/probe");
    }

    @Test
    void theDocumentSaysWhichOperationsNeedABearerToken() {
        String document = http.get("/swagger/eventboard.yml").raw();

        assertThat(operation(document, "/api/me:")).contains("bearerAuth").contains("\"401\"");
        assertThat(operation(document, "/api/admin/users:")).contains("bearerAuth").contains("\"403\"");
        assertThat(operation(document, "/api/auth/login:")).doesNotContain("bearerAuth").contains("\"401\"");
        assertThat(operation(document, "/api/auth/register:")).contains("\"409\"").contains("\"400\"");
    }

    @Test
    void swaggerUiAndRedocAreServedAnonymously() {
        Answer swaggerUi = http.get("/swagger-ui");
        Answer redoc = http.get("/redoc");

        assertThat(swaggerUi.status()).isEqualTo(200);
        assertThat(swaggerUi.contentType()).startsWith("text/html");
        assertThat(swaggerUi.raw()).contains("eventboard.yml");
        assertThat(redoc.status()).isEqualTo(200);
        assertThat(redoc.contentType()).startsWith("text/html");
        assertThat(redoc.raw()).contains("eventboard.yml");
    }

    /** The YAML of one path item: from its key to the next top-level path. */
    private static String operation(String document, String path) {
        int start = document.indexOf("\n  " + path);
        assertThat(start).as(path).isPositive();
        int end = document.indexOf("\n  /", start + 1);
        int components = document.indexOf("\ncomponents:", start);
        int stop = end < 0 ? components : Math.min(end, components);
        return document.substring(start, stop);
    }
}
