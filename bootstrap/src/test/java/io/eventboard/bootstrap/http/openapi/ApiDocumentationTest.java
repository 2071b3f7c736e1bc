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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document and its views, written at build time, are served to anyone; the document describes every
 * operation's errors and who may call it.
 */
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
                .contains("/api/admin/users/{id}:", "/api/admin/notifications:", "/api/admin/notifications/hourly:",
                        "/api/admin/dashboard:", "/api/events/{id}/bookings:")
                .contains("/api/events:", "/api/events/{id}/book:", "/api/bookings:", "/api/tags:", "/api/venues:",
                        "/api/channels:")
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
        assertThat(operation(document, "/api/admin/users/{id}:")).contains("account.own-access");
        assertThat(operation(document, "/api/events/{id}/bookings:")).contains("event.not-organizer");
        assertThat(operation(document, "/api/auth/login:")).doesNotContain("bearerAuth").contains("\"401\"");
        assertThat(operation(document, "/api/auth/register:")).contains("\"409\"").contains("\"400\"");
        assertThat(operation(document, "/api/events/{id}/book:")).contains("bearerAuth")
                .contains("booking.sold-out", "booking.already-booked", "booking.event-not-bookable",
                        "booking.event-started");
        assertThat(operation(document, "/api/events/{id}:")).contains("\"412\"", "If-Match", "ETag");
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

    /**
     * The operations anyone may call without a token; every other one must say that it needs the bearer token.
     * A new anonymous endpoint has to be added here on purpose.
     */
    private static final Set<String> ANONYMOUS = Set.of(
            "GET /", "GET /health",
            "GET /api/events", "GET /api/events/{id}", "GET /api/events/{id}/ratings", "GET /api/events/{id}.ics",
            "GET /api/event-series/{id}",
            "GET /api/calendar/{token}.ics",
            "GET /api/tags", "GET /api/tags/{id}",
            "GET /api/venues", "GET /api/venues/{id}",
            "GET /api/channels", "GET /api/channels/{id}");
    private static final String AUTH_ENDPOINTS = "/api/auth/";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    @Test
    void everyApiOperationDocumentsAClientErrorAsAProblem() {
        Map<String, Map<String, Object>> operations = operations(parsedDocument());

        assertThat(operations).as("operations under /api/").isNotEmpty();
        operations.forEach((operation, spec) -> {
            if (!operation.contains(" /api/")) {
                return;
            }
            Map<String, Object> responses = map(spec.get("responses"));
            List<String> clientErrors = responses.keySet().stream().filter(code -> code.startsWith("4")).toList();
            assertThat(clientErrors).as("4xx responses of " + operation).isNotEmpty();
            for (String code : clientErrors) {
                Map<String, Object> content = map(map(responses.get(code)).get("content"));
                assertThat(content).as(operation + " " + code + " media types").containsOnlyKeys(
                        "application/problem+json");
                assertThat(map(map(content.get("application/problem+json")).get("schema")))
                        .as(operation + " " + code + " schema")
                        .containsEntry("$ref", "#/components/schemas/Problem");
            }
        });
    }

    @Test
    void everyOperationButTheAnonymousOnesNeedsTheBearerToken() {
        Map<String, Map<String, Object>> operations = operations(parsedDocument());

        assertThat(operations.keySet()).containsAll(ANONYMOUS);
        operations.forEach((operation, spec) -> {
            boolean anonymous = ANONYMOUS.contains(operation) || operation.contains(" " + AUTH_ENDPOINTS);
            if (anonymous) {
                assertThat(schemesOf(spec)).as(operation + " is anonymous").doesNotContain("bearerAuth");
            } else {
                assertThat(schemesOf(spec)).as(operation + " security").contains("bearerAuth");
                assertThat(map(spec.get("responses"))).as(operation + " without a token").containsKey("401");
            }
        });
    }

    @Test
    void everyOperationHasAUniqueIdASummaryAndATag() {
        Map<String, Map<String, Object>> operations = operations(parsedDocument());
        Set<Object> ids = new HashSet<>();

        operations.forEach((operation, spec) -> {
            assertThat(spec.get("operationId")).as(operation + " operationId").isNotNull();
            assertThat(ids.add(spec.get("operationId"))).as(operation + " operationId is unique").isTrue();
            assertThat(spec.get("summary")).as(operation + " summary").isNotNull();
            assertThat(list(spec.get("tags"))).as(operation + " tags").isNotEmpty();
        });
    }

    @Test
    void theEventListingDocumentsItsQueryParameters() {
        Map<String, Object> listing = operations(parsedDocument()).get("GET /api/events");

        List<String> names = new ArrayList<>();
        for (Object parameter : list(listing.get("parameters"))) {
            Map<String, Object> spec = map(parameter);
            assertThat(spec.get("in")).as("in of " + spec.get("name")).isEqualTo("query");
            assertThat(spec.get("description")).as("description of " + spec.get("name")).isNotNull();
            names.add((String) spec.get("name"));
        }
        assertThat(names).contains("q", "status", "sort", "page", "size", "after")
                .contains("city", "venue", "channel", "tags", "from", "to", "has_free_seats", "min_rating",
                        "organizer");
        assertThat(names).doesNotContain("request", "authentication");
    }

    @Test
    void schemasNameTheirPropertiesInSnakeCase() {
        Map<String, Object> schemas = map(map(parsedDocument().get("components")).get("schemas"));

        Map<String, Object> event = map(map(schemas.get("EventResource")).get("properties"));
        assertThat(event).containsKeys("starts_at", "ends_at", "seats_free", "seats_booked", "rating_avg",
                "created_at");
        assertThat(event).doesNotContainKeys("startsAt", "seatsFree");
        assertThat(map(map(schemas.get("EventRequest")).get("properties"))).containsKeys("starts_at", "venue_id");
        schemas.forEach((name, schema) -> {
            Object properties = map(schema).get("properties");
            if (properties != null) {
                assertThat(map(properties).keySet()).as("properties of " + name)
                        .allSatisfy(property -> assertThat(property).matches("[a-z][a-z0-9_]*"));
            }
        });
    }

    private Map<String, Object> parsedDocument() {
        Answer answer = http.get("/swagger/eventboard.yml");
        assertThat(answer.status()).isEqualTo(200);
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(answer.raw());
    }

    /** Every operation of the document, keyed "METHOD /path" ("GET /api/events"), in document order. */
    private static Map<String, Map<String, Object>> operations(Map<String, Object> document) {
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method)) {
                operations.put(method.toUpperCase(Locale.ROOT) + " " + path, map(operation));
            }
        }));
        return operations;
    }

    /** The names of the security schemes an operation lists. */
    private static List<String> schemesOf(Map<String, Object> operation) {
        List<String> schemes = new ArrayList<>();
        for (Object requirement : list(operation.get("security"))) {
            schemes.addAll(map(requirement).keySet());
        }
        return schemes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
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
