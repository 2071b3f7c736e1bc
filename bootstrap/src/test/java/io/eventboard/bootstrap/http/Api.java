package io.eventboard.bootstrap.http;

import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A client of the API as a black-box user drives it: register and log in, then call endpoints with the bearer
 * token. Every answer, 2xx or not, comes back as {@link Answer} so tests can assert on status and body alike.
 */
public final class Api {

    /** Status, body (parsed JSON object, or empty) and headers of one answer. */
    public record Answer(int status, Map<String, Object> body, HttpResponse<?> response) {
        public String header(String name) {
            return response.getHeaders().get(name);
        }

        @SuppressWarnings("unchecked")
        public <T> T field(String name) {
            return (T) body.get(name);
        }
    }

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final BlockingHttpClient client;

    public Api(BlockingHttpClient client) {
        this.client = client;
    }

    /** Registers {@code username} and logs in; answers the access token. */
    public String userToken(String username) {
        Answer registered = call(HttpRequest.POST("/api/auth/register", Map.of("username", username,
                "email", username + "@example.org", "password", "password-" + username)), null);
        if (registered.status() != 201) {
            throw new IllegalStateException("could not register " + username + ": " + registered.body());
        }
        return login(username);
    }

    /** Registers {@code username}, makes the account an admin, and logs in. */
    public String adminToken(String username) {
        userToken(username);
        try {
            DirectSql.execute("UPDATE users SET role = 'ADMIN' WHERE username = ?", username);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return login(username);
    }

    /** Has the admin create a service token with these scopes; answers the token (shown only once). */
    public String serviceToken(String adminToken, String name, String... scopes) {
        Answer created = call(HttpRequest.POST("/api/admin/service-tokens",
                Map.of("name", name, "scopes", List.of(scopes))), adminToken);
        if (created.status() != 201) {
            throw new IllegalStateException("could not create service token " + name + ": " + created.body());
        }
        return created.field("token");
    }

    public String login(String username) {
        Answer login = call(HttpRequest.POST("/api/auth/login", Map.of("username", username,
                "password", "password-" + username)), null);
        return login.field("access_token");
    }

    public Answer get(String path, String token) {
        return call(HttpRequest.GET(path), token);
    }

    public Answer post(String path, Object body, String token) {
        return call(HttpRequest.POST(path, body == null ? Map.of() : body), token);
    }

    public Answer patch(String path, Object body, String token) {
        return call(HttpRequest.PATCH(path, body), token);
    }

    public Answer delete(String path, String token) {
        return call(HttpRequest.DELETE(path), token);
    }

    public Answer call(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<Map<String, Object>> response = client.exchange(request, JSON);
            return new Answer(response.code(), response.getBody().orElse(Map.of()), response);
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(JSON).orElse(Map.of()),
                    e.getResponse());
        }
    }
}
