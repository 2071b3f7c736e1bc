package io.eventboard.bootstrap.http;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A small HTTP client for tests: every answer, success or error, as status, content type, raw and parsed body. */
public final class Http {

    /** One answer. {@code body} is the parsed JSON object, or an empty map when there is none. */
    public record Answer(int status, String contentType, String raw, Map<String, Object> body, HttpHeaders headers) {

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) body.getOrDefault("errors", List.of());
        }

        public String text(String field) {
            Object value = body.get(field);
            return value == null ? null : value.toString();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + raw;
        }
    }

    private final HttpClient client;
    private final JsonMapper json;

    public Http(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public Answer get(String path) {
        return send(HttpRequest.GET(path));
    }

    public Answer get(String path, String accessToken) {
        return send(HttpRequest.GET(path).bearerAuth(accessToken));
    }

    /** POSTs {@code body} as JSON (a map or record is serialized; a String is sent as it is). */
    public Answer post(String path, Object body) {
        return send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Answer send(MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        String raw;
        try {
            HttpResponse<String> ok = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            response = ok;
            raw = ok.getBody().orElse("");
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
            raw = e.getResponse().getBody(String.class).orElse("");
        }
        String type = response.getContentType().map(MediaType::toString).orElse(null);
        return new Answer(response.code(), type, raw, parse(raw), response.getHeaders());
    }

    private Map<String, Object> parse(String raw) {
        if (raw.isBlank() || !raw.strip().startsWith("{")) {
            return Map.of();
        }
        try {
            return json.readValue(raw, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the account endpoints, for tests that need a session ----

    public Answer register(String username, String email, String password) {
        return post("/api/auth/register", Map.of("username", username, "email", email, "password", password));
    }

    public Answer login(String username, String password) {
        return post("/api/auth/login", Map.of("username", username, "password", password));
    }

    /** Logs in and answers the access token; fails the test when the login does not succeed. */
    public String accessToken(String username, String password) {
        Answer login = login(username, password);
        if (login.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + login);
        }
        return login.text("access_token");
    }
}
