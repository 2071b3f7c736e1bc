package io.eventboard.bootstrap.http.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.account.admin.EnsureAdmin;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Http;
import io.eventboard.bootstrap.http.Http.Answer;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /api/admin/users}: every account, oldest first, paged; for admins. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUsersHttpTest implements TestServer {

    private static final String PASSWORD = "correct horse battery staple";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    EnsureAdmin ensureAdmin;

    private Http http;
    private String adminToken;

    @BeforeEach
    void anAdminAndThreeUsers() {
        TestDatabase.cleanDatabase();
        http = new Http(client, json);
        ensureAdmin.ensure("root", "root@example.org", PASSWORD);
        for (String name : List.of("ada", "bob", "cyd")) {
            http.register(name, name + "@example.org", PASSWORD);
        }
        adminToken = http.accessToken("root", PASSWORD);
    }

    @Test
    void theFirstPageHasTenAccountsAtMostOldestFirst() {
        Answer answer = http.get("/api/admin/users", adminToken);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("page", 1).containsEntry("size", 10).containsEntry("total", 4);
        assertThat(items(answer)).extracting(item -> item.get("username")).containsExactly("root", "ada", "bob", "cyd");
        assertThat(items(answer).get(0)).containsEntry("role", "admin").containsEntry("email", "root@example.org")
                .containsKeys("id", "created_at", "enabled");
        assertThat(answer.raw()).doesNotContain("password").doesNotContain("argon2");
    }

    @Test
    void pagesAreAskedForWithPageAndSize() {
        Answer second = http.get("/api/admin/users?page=2&size=3", adminToken);

        assertThat(second.body()).containsEntry("page", 2).containsEntry("size", 3).containsEntry("total", 4);
        assertThat(items(second)).extracting(item -> item.get("username")).containsExactly("cyd");
    }

    @Test
    void aPageOutOfRangeIsA400NamingTheParameter() {
        Answer zero = http.get("/api/admin/users?page=0", adminToken);
        Answer huge = http.get("/api/admin/users?size=1000", adminToken);

        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.errors()).containsExactly(Map.of("field", "page", "message", "must be 1 or more"));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.errors()).containsExactly(Map.of("field", "size", "message", "must be between 1 and 100"));
    }

    @Test
    void aPageThatIsNotANumberIsA400SayingSo() {
        Answer answer = http.get("/api/admin/users?page=abc", adminToken);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsEntry("code", "validation");
        assertThat(answer.errors()).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("field", "page");
            assertThat(error.get("message").toString()).startsWith("has the wrong type");
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Answer answer) {
        return (List<Map<String, Object>>) answer.body().get("items");
    }
}
