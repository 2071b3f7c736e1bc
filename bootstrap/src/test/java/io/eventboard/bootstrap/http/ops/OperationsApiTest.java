package io.eventboard.bootstrap.http.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.domain.testdata.MutableClock;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Service tokens and the operations endpoints, as a cron job and an admin use them: an admin creates a token
 * with scope ops, the cron job triggers sweeps and reminders with it, and nobody else gets in.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsApiTest implements TestServer {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final String TOKENS = "/api/admin/service-tokens";
    private static final List<String> OPS_CALLS = List.of(
            "POST /api/channels/events/update-all-statuses",
            "POST /api/channels/events/send-reminders",
            "GET /api/events-status/pending-start",
            "GET /api/events-status/pending-finish");

    private final MutableClock clock = MutableClock.startingAt(START);

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;
    private String admin;
    private String ann;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void freshBoard() {
        TestDatabase.cleanDatabase();
        clock.set(START);
        api = new Api(http.toBlocking());
        admin = api.adminToken("root");
        ann = api.userToken("ann");
    }

    private String serviceToken(String name, String... scopes) {
        return api.serviceToken(admin, name, scopes);
    }

    private Answer call(String call, String token) {
        String[] parts = call.split(" ");
        return parts[0].equals("GET") ? api.get(parts[1], token) : api.post(parts[1], null, token);
    }

    private String event(String title, Duration startsIn, String channel) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Talks");
        body.put("starts_at", clock.instant().plus(startsIn).toString());
        body.put("capacity", 10);
        if (channel != null) {
            body.put("channel_id", channel);
        }
        Answer answer = api.post("/api/events", body, ann);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.field("id");
    }

    @Test
    void anAdminCreatesATokenThatIsShownOnceAndListedWithoutIt() {
        Answer created = api.post(TOKENS, Map.of("name", "cron", "scopes", List.of("ops")), admin);

        assertThat(created.status()).isEqualTo(201);
        String token = created.field("token");
        assertThat(token).startsWith("ebst_");
        assertThat(created.header("Location")).isEqualTo(TOKENS + "/" + created.field("id"));
        assertThat(created.body()).containsEntry("name", "cron").containsEntry("scopes", List.of("ops"))
                .containsEntry("created_at", START.toString());
        assertThat(DirectSql.number("SELECT count(*) FROM service_tokens WHERE token_hash = encode(sha256(?::bytea),"
                + " 'hex')", token)).isEqualTo(1);

        Answer listed = api.get(TOKENS, admin);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().toString()).doesNotContain(token).doesNotContain("token_hash");
        List<Map<String, Object>> items = listed.field("items");
        assertThat(items).singleElement().satisfies(item -> assertThat(item).containsEntry("name", "cron")
                .containsEntry("id", created.field("id")).doesNotContainKey("token").doesNotContainKey("revoked_at"));
    }

    @Test
    void onlyAdminsManageTokensAndBadInputIsNamed() {
        assertThat(api.post(TOKENS, Map.of("name", "cron", "scopes", List.of("ops")), ann).status()).isEqualTo(403);
        assertThat(api.get(TOKENS, null).status()).isEqualTo(401);
        Answer unknownScope = api.post(TOKENS, Map.of("name", "cron", "scopes", List.of("root")), admin);
        assertThat(unknownScope.status()).isEqualTo(400);
        assertThat(unknownScope.body()).containsEntry("code", "validation");
        assertThat(api.delete(TOKENS + "/0190a6c4-0000-7000-8000-000000000000", admin).status()).isEqualTo(404);
        String cron = serviceToken("cron", "ops");
        assertThat(api.get(TOKENS, cron).status()).as("a service token is no admin").isEqualTo(403);
    }

    @Test
    void aRevokedTokenIsRefused() {
        Answer created = api.post(TOKENS, Map.of("name", "cron", "scopes", List.of("ops")), admin);
        String token = created.field("token");
        assertThat(api.post("/api/channels/events/update-all-statuses", null, token).status()).isEqualTo(200);

        assertThat(api.delete(TOKENS + "/" + created.field("id"), admin).status()).isEqualTo(204);

        Answer refused = api.post("/api/channels/events/update-all-statuses", null, token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).containsEntry("code", "auth.unauthenticated");
        List<Map<String, Object>> items = api.get(TOKENS, admin).field("items");
        assertThat(items).singleElement().satisfies(item -> assertThat(item).containsKey("revoked_at")
                .containsKey("last_used_at"));
    }

    @Test
    void theOperationsNeedAServiceTokenWithScopeOps() {
        String notifyOnly = serviceToken("notifier", "notify");
        String ops = serviceToken("cron", "ops");

        for (String call : OPS_CALLS) {
            assertThat(call(call, null).status()).as(call + " without a token").isEqualTo(401);
            assertThat(call(call, "ebst_unknown").status()).as(call + " with an unknown token").isEqualTo(401);
            assertThat(call(call, notifyOnly).status()).as(call + " with scope notify").isEqualTo(403);
            assertThat(call(call, ann).status()).as(call + " with a user's token").isEqualTo(403);
            Answer asAdmin = call(call, admin);
            assertThat(asAdmin.status()).as(call + " with an admin's token").isEqualTo(403);
            assertThat(asAdmin.body()).containsEntry("code", "auth.forbidden");
            assertThat(call(call, ops).status()).as(call + " with scope ops").isEqualTo(200);
        }
    }

    @Test
    void theSweepMovesDueEventsAndCountsThem() {
        String ops = serviceToken("cron", "ops");
        String first = event("First", Duration.ofHours(1), null);
        event("Second", Duration.ofHours(1), null);
        event("Later", Duration.ofDays(2), null);
        clock.advance(Duration.ofHours(1).plusMinutes(1));

        Answer pending = api.get("/api/events-status/pending-start", ops);
        List<Map<String, Object>> due = pending.field("items");
        assertThat(due).extracting(item -> item.get("title")).containsExactlyInAnyOrder("First", "Second");
        assertThat(due).allSatisfy(item -> assertThat(item).containsEntry("status", "scheduled")
                .containsKey("starts_at"));

        Answer swept = api.post("/api/channels/events/update-all-statuses", null, ops);
        assertThat(swept.body()).containsEntry("scheduled_to_ongoing", 2).containsEntry("ongoing_to_completed", 0)
                .containsEntry("total_updated", 2);
        assertThat((List<?>) api.get("/api/events-status/pending-start", ops).field("items")).isEmpty();

        clock.advance(Duration.ofHours(2));
        List<Map<String, Object>> over = api.get("/api/events-status/pending-finish", ops).field("items");
        assertThat(over).extracting(item -> item.get("id")).contains(first);
        Answer finished = api.post("/api/channels/events/update-all-statuses", null, ops);
        assertThat(finished.body()).containsEntry("scheduled_to_ongoing", 0).containsEntry("ongoing_to_completed", 2)
                .containsEntry("total_updated", 2);
    }

    @Test
    void aChannelSweepMovesOnlyThatChannelsEvents() {
        String ops = serviceToken("cron", "ops");
        Answer channel = api.post("/api/channels", Map.of("name", "Kotlin"), admin);
        String kotlin = channel.field("id");
        event("In channel", Duration.ofHours(1), kotlin);
        event("Elsewhere", Duration.ofHours(1), null);
        clock.advance(Duration.ofHours(2));

        Answer swept = api.post("/api/channels/" + kotlin + "/events/update-statuses", null, ops);

        assertThat(swept.status()).isEqualTo(200);
        assertThat(swept.body()).containsEntry("scheduled_to_ongoing", 1).containsEntry("total_updated", 1);
        Answer unknown = api.post("/api/channels/0190a6c4-0000-7000-8000-000000000000/events/update-statuses", null,
                ops);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).containsEntry("code", "channel.not-found");
    }

    @Test
    void remindersAreQueuedOncePerBooking() {
        String ops = serviceToken("cron", "ops");
        String id = event("Soon", Duration.ofMinutes(50), null);
        api.post("/api/events/" + id + "/book", null, api.userToken("bob"));
        api.post("/api/events/" + id + "/book", null, api.userToken("cid"));

        Answer sent = api.post("/api/channels/events/send-reminders", null, ops);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).containsEntry("reminders_sent", 2).containsEntry("reminders_failed", 0);
        assertThat(api.post("/api/channels/events/send-reminders", null, ops).body())
                .containsEntry("reminders_sent", 0);
    }

    @Test
    void anOperatorStartsAndFinishesAnEventByHand() {
        String ops = serviceToken("cron", "ops");
        String id = event("Manual", Duration.ofDays(1), null);

        assertThat(api.post("/api/events-status/" + id + "/finish", null, ops).body())
                .containsEntry("code", "event.illegal-transition").containsEntry("status", 409);
        Answer started = api.post("/api/events-status/" + id + "/start", null, ops);
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.body()).containsEntry("status", "ongoing").containsEntry("id", id);
        assertThat(api.post("/api/events-status/" + id + "/start", null, ops).status()).isEqualTo(409);
        assertThat(api.post("/api/events-status/" + id + "/finish", null, ops).body())
                .containsEntry("status", "completed");
        Answer unknown = api.post("/api/events-status/0190a6c4-0000-7000-8000-000000000000/start", null, ops);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).containsEntry("code", "event.not-found");
    }
}
