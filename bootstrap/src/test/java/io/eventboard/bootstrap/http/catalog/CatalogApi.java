package io.eventboard.bootstrap.http.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The catalog endpoints as a client sees them: every answer, errors included, as status, headers and JSON body.
 * Tokens come the way a client gets them (register, log in); an admin is a registered user whose role was
 * switched in the database before logging in.
 */
final class CatalogApi {

    static final String PASSWORD = "correct horse battery staple";

    /** One answer; {@code body} is null when there is none (204). */
    record Answer(int status, String contentType, String location, Map<String, Object> body) {

        String code() {
            return (String) body.get("code");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) body.get("items");
        }

        /** The fields a 400 problem names. */
        @SuppressWarnings("unchecked")
        List<String> fieldsInError() {
            return ((List<Map<String, Object>>) body.get("errors")).stream()
                    .map(error -> (String) error.get("field")).toList();
        }

        /** A problem document with this status and stable code. */
        Answer isProblem(int expectedStatus, String expectedCode) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            assertThat(contentType).isEqualTo("application/problem+json");
            assertThat(body).containsEntry("status", expectedStatus).containsEntry("code", expectedCode);
            return this;
        }
    }

    private final BlockingHttpClient client;
    private final JsonMapper json;

    CatalogApi(HttpClient client, JsonMapper json) {
        this.client = client.toBlocking();
        this.json = json;
    }

    // ---- requests ----

    Answer get(String path) {
        return send(HttpRequest.GET(path), null);
    }

    Answer post(String path, Object body, String token) {
        return send(HttpRequest.POST(path, body), token);
    }

    Answer patch(String path, Object body, String token) {
        return send(HttpRequest.PATCH(path, body), token);
    }

    Answer delete(String path, String token) {
        return send(HttpRequest.DELETE(path), token);
    }

    Answer send(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return answer(client.exchange(request, String.class));
        } catch (HttpClientResponseException e) {
            return answer(e.getResponse());
        }
    }

    /** Creates through the API as {@code token}, insisting on 201; answers the new id. */
    UUID created(String path, Object body, String token) {
        Answer answer = post(path, body, token);
        assertThat(answer.status()).as("creating %s: %s", body, answer.body()).isEqualTo(201);
        return UUID.fromString((String) answer.body().get("id"));
    }

    // ---- accounts ----

    /** A new empty database with one admin and one plain user; answers their access tokens. */
    Tokens freshDatabaseWithAccounts() {
        TestDatabase.cleanDatabase();
        return new Tokens(accessToken("admin", true), accessToken("someone", false));
    }

    record Tokens(String admin, String user) {
    }

    private String accessToken(String username, boolean admin) {
        Answer registered = post("/api/auth/register",
                Map.of("username", username, "email", username + "@example.org", "password", PASSWORD), null);
        assertThat(registered.status()).as("registering %s: %s", username, registered.body()).isEqualTo(201);
        if (admin) {
            sql("UPDATE users SET role = 'ADMIN' WHERE username = ?", username);
        }
        Answer login = post("/api/auth/login", Map.of("username", username, "password", PASSWORD), null);
        assertThat(login.status()).as("logging in %s: %s", username, login.body()).isEqualTo(200);
        return (String) login.body().get("access_token");
    }

    // ---- data no endpoint here writes ----

    /** Empties the catalog tables (and the events pointing into them), keeping the accounts. */
    void emptyCatalog() {
        sql("DELETE FROM events");
        sql("DELETE FROM tags");
        sql("DELETE FROM venues");
        sql("DELETE FROM channels");
    }

    /** Stores an event (organized by the admin) at the venue, in the channel, carrying the tag; each may be null. */
    UUID event(UUID venue, UUID channel, UUID tag) {
        UUID id = UUID.randomUUID();
        UUID organizer = UUID.fromString(DirectSql.text("SELECT id::text FROM users WHERE username = 'admin'"));
        sql("""
                INSERT INTO events (id, title, starts_at, capacity, status, organizer_id, created_at, updated_at,
                                    venue_id, channel_id)
                VALUES (?, 'Meetup', now() + interval '1 day', 10, 'SCHEDULED', ?, now(), now(), ?::uuid, ?::uuid)
                """, id, organizer, text(venue), text(channel));
        if (tag != null) {
            sql("INSERT INTO event_tags (event_id, tag_id) VALUES (?, ?)", id, tag);
        }
        return id;
    }

    long count(String table) {
        return DirectSql.number("SELECT count(*) FROM " + table);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static void sql(String statement, Object... params) {
        try {
            DirectSql.execute(statement, params);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private Answer answer(HttpResponse<?> response) {
        String text = response.getBody(String.class).orElse("");
        Map<String, Object> body = text.isBlank() ? null : parse(text);
        String type = response.getContentType().map(Object::toString).orElse(null);
        return new Answer(response.code(), type, response.getHeaders().get("Location"), body);
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON object: " + text, e);
        }
    }
}
