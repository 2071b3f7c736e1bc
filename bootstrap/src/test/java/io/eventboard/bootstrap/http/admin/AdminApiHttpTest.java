package io.eventboard.bootstrap.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.bootstrap.http.Http;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.core.type.Argument;
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

/**
 * The endpoints the admin panel added to the API: searching accounts and changing their access, an event's
 * attendee list, the whole outbox, deliveries per hour, the dashboard; and the panel's own files.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiHttpTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    private Api api;
    private String admin;
    private String ada;
    private String eventId;

    @BeforeEach
    void anAdminAUserAndABookedEvent() {
        TestDatabase.cleanDatabase();
        api = new Api(client.toBlocking());
        admin = api.adminToken("root");
        ada = api.userToken("ada");
        eventId = api.post("/api/events", Map.of("title", "Kotlin meetup", "starts_at", "2030-05-01T18:00:00Z",
                "capacity", 10, "tags", List.of()), admin).field("id");
        assertThat(api.post("/api/events/" + eventId + "/book", null, ada).status()).isEqualTo(201);
    }

    @Test
    void adminsSearchAccountsByUsernameOrEmail() {
        Answer found = api.get("/api/admin/users?q=ADA", admin);

        assertThat(found.status()).isEqualTo(200);
        assertThat(items(found)).extracting(item -> item.get("username")).containsExactly("ada");
        assertThat(found.body()).containsEntry("total", 1);
        assertThat(api.get("/api/admin/users?q=" + "x".repeat(101), admin).status()).isEqualTo(400);
    }

    @Test
    void aDisabledAccountCanNeitherLogInNorRefreshAndEnablingItLetsItBackIn() {
        String refreshToken = api.post("/api/auth/login", Map.of("username", "ada", "password", "password-ada"),
                null).field("refresh_token");

        Answer disabled = api.patch("/api/admin/users/" + userId("ada"), Map.of("enabled", false), admin);

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body()).containsEntry("enabled", false).containsEntry("role", "user");
        assertThat(api.post("/api/auth/login", Map.of("username", "ada", "password", "password-ada"), null).status())
                .isEqualTo(401);
        assertThat(api.post("/api/auth/token/refresh", Map.of("refresh_token", refreshToken), null).status())
                .isEqualTo(401);
        api.patch("/api/admin/users/" + userId("ada"), Map.of("enabled", true), admin);
        assertThat(api.post("/api/auth/login", Map.of("username", "ada", "password", "password-ada"), null).status())
                .isEqualTo(200);
    }

    @Test
    void aNewRoleAppliesFromTheNextLogin() {
        Answer promoted = api.patch("/api/admin/users/" + userId("ada"), Map.of("role", "admin"), admin);

        assertThat(promoted.body()).containsEntry("role", "admin");
        assertThat(api.get("/api/admin/users", api.login("ada")).status()).isEqualTo(200);
    }

    @Test
    void changesOfAccessAreRefusedReadably() {
        String self = "/api/admin/users/" + userId("root");

        assertThat(api.patch(self, Map.of("enabled", false), admin).body())
                .containsEntry("status", 409).containsEntry("code", "account.own-access");
        assertThat(api.patch(self, Map.of(), admin).body()).containsEntry("status", 400)
                .containsEntry("code", "validation");
        assertThat(api.patch(self, Map.of("role", "owner"), admin).body()).containsEntry("detail",
                "role must be one of user, admin");
        assertThat(api.patch("/api/admin/users/" + userId("ada"), Map.of("role", "admin"), ada).status())
                .isEqualTo(403);
        assertThat(api.patch("/api/admin/users/0190f5f4-7b3a-7c2e-9d1a-2b3c4d5e6f70", Map.of("role", "admin"),
                admin).body()).containsEntry("code", "account.not-found");
    }

    @Test
    void theOrganizerAndAdminsSeeWhoBookedAnEvent() {
        String organizer = api.userToken("olga");
        String own = api.post("/api/events", Map.of("title", "Olga's talk", "starts_at", "2030-05-02T18:00:00Z",
                "capacity", 5, "tags", List.of()), organizer).field("id");
        api.post("/api/events/" + own + "/book", null, ada);

        Answer seen = api.get("/api/events/" + own + "/bookings", organizer);

        assertThat(seen.status()).isEqualTo(200);
        assertThat(items(seen)).singleElement().satisfies(booking -> assertThat(booking)
                .containsEntry("username", "ada").containsEntry("status", "active").containsEntry("event_id", own)
                .containsKeys("id", "user_id", "created_at"));
        assertThat(api.get("/api/events/" + eventId + "/bookings", admin).body()).containsEntry("total", 1);
        assertThat(api.get("/api/events/" + own + "/bookings", ada).body()).containsEntry("status", 403)
                .containsEntry("code", "event.not-organizer");
        assertThat(api.get("/api/events/0190f5f4-7b3a-7c2e-9d1a-2b3c4d5e6f70/bookings", admin).status())
                .isEqualTo(404);
        assertThat(api.get("/api/events/" + own + "/bookings", null).status()).isEqualTo(401);
    }

    @Test
    void adminsListEveryNotificationFilteredByStatusAndChannel() throws Exception {
        DirectSql.execute("UPDATE notifications SET status = 'FAILED', attempts = 5, last_error = 'boom' "
                + "WHERE channel = 'LOG'");

        Answer inApp = api.get("/api/admin/notifications?status=queued&channel=in_app", admin);
        Answer failed = api.get("/api/admin/notifications?status=failed", admin);

        assertThat(inApp.status()).isEqualTo(200);
        assertThat(items(inApp)).isNotEmpty().allSatisfy(notification -> assertThat(notification)
                .containsEntry("channel", "in_app").containsEntry("status", "queued")
                .containsEntry("kind", "booking_confirmed").containsKeys("user_id", "recipient", "attempts",
                        "created_at", "updated_at"));
        assertThat(items(failed)).isNotEmpty().allSatisfy(notification -> assertThat(notification)
                .containsEntry("status", "failed").containsEntry("error", "boom").containsEntry("attempts", 5));
        assertThat(failed.body()).containsEntry("total_exact", true);
        assertThat(api.get("/api/admin/notifications?channel=fax", admin).body())
                .containsEntry("detail", "channel must be one of email, telegram, webhook, log, in_app");
        assertThat(api.get("/api/admin/notifications", ada).status()).isEqualTo(403);
    }

    @Test
    void deliveriesPerHourCoverTheAskedHours() throws Exception {
        DirectSql.execute("UPDATE notifications SET status = 'SENT', attempts = 1, sent_at = now()");

        Http.Answer hours = new Http(client, json).get("/api/admin/notifications/hourly?hours=3", admin);
        List<Map<String, Object>> entries = json.readValue(hours.raw(),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Answer tooMany = api.get("/api/admin/notifications/hourly?hours=169", admin);

        assertThat(hours.status()).isEqualTo(200);
        assertThat(entries).hasSize(3);
        assertThat(entries.get(2)).containsKeys("hour", "sent", "failed");
        assertThat(entries.stream().mapToInt(entry -> (Integer) entry.get("sent")).sum()).isPositive();
        assertThat(tooMany.body()).containsEntry("detail", "hours must be between 1 and 168");
        assertThat(api.get("/api/admin/notifications/hourly", ada).status()).isEqualTo(403);
    }

    @Test
    void theDashboardCountsEventsBookingsAndDeliveries() throws Exception {
        api.post("/api/events/" + eventId + "/cancel", null, admin);
        DirectSql.execute("UPDATE notifications SET status = 'SENT', attempts = 1, sent_at = now() "
                + "WHERE kind = 'BOOKING_CONFIRMED'");

        Answer dashboard = api.get("/api/admin/dashboard?time_zone=Europe/Berlin", admin);

        assertThat(dashboard.status()).isEqualTo(200);
        Map<String, Object> byStatus = dashboard.field("events_by_status");
        assertThat(byStatus).containsEntry("cancelled", 1)
                .containsEntry("scheduled", 0).containsEntry("ongoing", 0).containsEntry("completed", 0);
        assertThat(dashboard.body()).containsEntry("bookings_today", 1).containsEntry("failed_last_hour", 0)
                .containsKeys("today_starts_at", "at");
        assertThat((Integer) dashboard.field("sent_last_hour")).isPositive();
        assertThat(api.get("/api/admin/dashboard?time_zone=Mars/Olympus", admin).body())
                .containsEntry("code", "validation");
        assertThat(api.get("/api/admin/dashboard", ada).status()).isEqualTo(403);
    }

    private String userId(String username) {
        return (String) items(api.get("/api/admin/users?q=" + username, admin)).stream()
                .filter(item -> item.get("username").equals(username)).findFirst().orElseThrow().get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Answer answer) {
        return (List<Map<String, Object>>) answer.body().getOrDefault("items", List.of());
    }
}
