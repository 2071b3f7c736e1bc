package io.eventboard.bootstrap.http.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The notification API as seed 003 describes it, plus the inbox and retries, on the real server. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsApiTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;
    private String admin;
    private String ann;
    private String bob;

    @BeforeEach
    void freshBoard() {
        TestDatabase.cleanDatabase();
        api = new Api(http.toBlocking());
        admin = api.adminToken("root");
        ann = api.userToken("ann");
        bob = api.userToken("bob");
    }

    private static Map<String, Object> message(String channel, String recipient) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", channel);
        body.put("recipient", recipient);
        body.put("message", "Hello from async notification service");
        return body;
    }

    private String userId(String token) {
        return api.get("/api/me", token).field("id");
    }

    private String sent(Map<String, Object> body) {
        Answer answer = api.post("/api/notifications", body, admin);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(202);
        return answer.field("id");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Answer answer) {
        return ((List<Map<String, Object>>) answer.body().get("errors")).stream()
                .map(error -> (String) error.get("field")).toList();
    }

    @Test
    void anAdminQueuesAMessageAsTheSeedDoesAndFollowsItsState() {
        Answer answer = api.post("/api/notifications", message("telegram", "123456789"), admin);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body()).containsOnlyKeys("id", "status").containsEntry("status", "queued");
        Answer shown = api.get("/api/notifications/" + answer.field("id"), admin);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).containsEntry("id", answer.field("id")).containsEntry("channel", "telegram")
                .containsEntry("status", "queued").containsEntry("attempts", 0).containsEntry("error", null)
                .containsEntry("scheduled_at", null).containsEntry("sent_at", null).containsEntry("kind", "custom")
                .containsEntry("message", "Hello from async notification service").containsEntry("read", false)
                .containsKeys("created_at", "updated_at", "subject");
    }

    @Test
    void aScheduledMessageKeepsItsTime() {
        Map<String, Object> body = message("email", "user@example.com");
        body.put("scheduled_at", "2030-02-01T10:00:00Z");
        body.put("subject", "Future");

        Answer shown = api.get("/api/notifications/" + sent(body), admin);

        assertThat(shown.body()).containsEntry("scheduled_at", "2030-02-01T10:00:00Z")
                .containsEntry("subject", "Future");
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstNotification() {
        Answer first = api.call(HttpRequest.POST("/api/notifications", message("log", null))
                .header("Idempotency-Key", "order-17"), admin);
        Answer repeat = api.call(HttpRequest.POST("/api/notifications", message("log", null))
                .header("Idempotency-Key", "order-17"), admin);

        assertThat(first.status()).isEqualTo(202);
        assertThat(repeat.status()).isEqualTo(202);
        assertThat(repeat.<String>field("id")).isEqualTo(first.field("id"));
        assertThat(DirectSql.number("SELECT count(*) FROM notifications")).isEqualTo(1);
    }

    @Test
    void addressesAChannelCannotDeliverToAreRefusedNamingTheField() {
        assertThat(fields(api.post("/api/notifications", message("email", "not-an-address"), admin)))
                .containsExactly("recipient");
        assertThat(fields(api.post("/api/notifications", message("telegram", "ann"), admin)))
                .containsExactly("recipient");
        assertThat(fields(api.post("/api/notifications", message("webhook", "http://127.0.0.1:8080/x"), admin)))
                .containsExactly("recipient");
        assertThat(fields(api.post("/api/notifications", message("webhook", "not a url"), admin)))
                .containsExactly("recipient");
        assertThat(fields(api.post("/api/notifications", message("in_app", UUID.randomUUID().toString()), admin)))
                .containsExactly("recipient");
        assertThat(fields(api.post("/api/notifications", message("sms", "123"), admin))).containsExactly("channel");
        Map<String, Object> blank = message("log", null);
        blank.put("message", " ");
        assertThat(fields(api.post("/api/notifications", blank, admin))).containsExactly("message");
        assertThat(DirectSql.number("SELECT count(*) FROM notifications")).isZero();
    }

    @Test
    void onlyAdminsAndServicesWithTheNotifyScopeSendDirectMessages() {
        String notifier = api.serviceToken(admin, "notifier", "notify");
        String cron = api.serviceToken(admin, "cron", "ops");

        assertThat(api.post("/api/notifications", message("log", null), null).status()).isEqualTo(401);
        assertThat(api.post("/api/notifications", message("log", null), ann).status()).isEqualTo(403);
        assertThat(api.post("/api/notifications", message("log", null), cron).status()).isEqualTo(403);
        assertThat(api.post("/api/notifications", message("log", null), notifier).status()).isEqualTo(202);
        assertThat(api.post("/api/notifications", message("log", null), admin).status()).isEqualTo(202);
    }

    @Test
    void inAppMessagesLandInTheUsersInboxNewestFirstAndCanBeMarkedRead() {
        String annId = userId(ann);
        Map<String, Object> older = message("in_app", annId);
        older.put("message", "older");
        String first = sent(older);
        String second = sent(message("in_app", annId));
        sent(message("in_app", userId(bob)));

        Answer inbox = api.get("/api/notifications?size=1", ann);
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).containsEntry("page", 1).containsEntry("size", 1).containsEntry("total", 2);
        assertThat(items(inbox)).extracting(item -> item.get("id")).containsExactly(second);

        Answer read = api.post("/api/notifications/" + first + "/read", null, ann);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).containsEntry("read", true).containsKey("read_at");
        assertThat(items(api.get("/api/notifications", ann))).extracting(item -> item.get("read"))
                .containsExactly(false, true);
    }

    @Test
    void nobodySeesOrMarksSomeoneElsesNotification() {
        String annsMessage = sent(message("in_app", userId(ann)));

        assertThat(api.get("/api/notifications/" + annsMessage, ann).status()).isEqualTo(200);
        assertThat(api.get("/api/notifications/" + annsMessage, bob).status()).isEqualTo(404);
        assertThat(api.get("/api/notifications/" + annsMessage, bob).body())
                .containsEntry("code", "notification.not-found");
        assertThat(api.post("/api/notifications/" + annsMessage + "/read", null, bob).status()).isEqualTo(404);
        assertThat(api.get("/api/notifications/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
        assertThat(items(api.get("/api/notifications", bob))).isEmpty();
    }

    @Test
    void theInboxAndNotificationsNeedALogin() {
        assertThat(api.get("/api/notifications", null).status()).isEqualTo(401);
        assertThat(api.get("/api/notifications/" + UUID.randomUUID(), null).status()).isEqualTo(401);
        assertThat(api.post("/api/notifications/" + UUID.randomUUID() + "/read", null, null).status())
                .isEqualTo(401);
    }

    @Test
    void anAdminRetriesAFailedNotificationOnly() throws Exception {
        String id = sent(message("email", "user@example.com"));

        Answer notFailed = api.post("/api/notifications/" + id + "/retry", null, admin);
        assertThat(notFailed.status()).isEqualTo(409);
        assertThat(notFailed.body()).containsEntry("code", "notification.illegal-transition");

        DirectSql.execute("UPDATE notifications SET status = 'FAILED', attempts = 5, last_error = 'smtp down' "
                + "WHERE id = ?", UUID.fromString(id));
        assertThat(api.post("/api/notifications/" + id + "/retry", null, ann).status()).isEqualTo(403);
        assertThat(api.post("/api/notifications/" + id + "/retry", null, null).status()).isEqualTo(401);
        Answer retried = api.post("/api/notifications/" + id + "/retry", null, admin);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body()).containsEntry("status", "queued").containsEntry("attempts", 0)
                .containsEntry("error", "smtp down");
        assertThat(api.post("/api/notifications/" + UUID.randomUUID() + "/retry", null, admin).status())
                .isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Answer page) {
        return (List<Map<String, Object>>) page.body().getOrDefault("items", List.of());
    }
}
