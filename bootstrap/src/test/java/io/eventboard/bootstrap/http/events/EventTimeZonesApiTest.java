package io.eventboard.bootstrap.http.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.notification.reminders.EnqueueDueReminders;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Times with a venue's time zone: clients send any offset, get UTC instants back plus the time at the venue, and
 * notices tell the start as the clock at the venue shows it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTimeZonesApiTest implements TestServer {

    private static final Instant NOW = Instant.parse("2030-06-01T09:00:00Z");

    private final MutableClock clock = MutableClock.startingAt(NOW);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EnqueueDueReminders reminders;

    private Api api;
    private String ann;
    private String madrid;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void aVenueInMadrid() {
        TestDatabase.cleanDatabase();
        clock.set(NOW);
        api = new Api(http.toBlocking());
        ann = api.userToken("ann");
        madrid = api.post("/api/venues", Map.of("name", "Sala", "city", "Madrid", "time_zone", "Europe/Madrid"),
                api.adminToken("root")).field("id");
    }

    private Answer announce(String startsAt, String endsAt, String venue) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Flamenco");
        body.put("starts_at", startsAt);
        body.put("ends_at", endsAt);
        body.put("capacity", 10);
        body.put("venue_id", venue);
        return api.post("/api/events", body, ann);
    }

    @Test
    void anEventGivenWithAnOffsetIsReturnedInUtcAndAtTheVenuesLocalTime() {
        Answer created = announce("2030-07-01T20:00:00+02:00", "2030-07-01T23:30:00+02:00", madrid);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body()).containsEntry("starts_at", "2030-07-01T18:00:00Z")
                .containsEntry("ends_at", "2030-07-01T21:30:00Z")
                .containsEntry("time_zone", "Europe/Madrid")
                .containsEntry("local_starts_at", "2030-07-01T20:00:00+02:00")
                .containsEntry("local_ends_at", "2030-07-01T23:30:00+02:00");
        Map<String, Object> shown = api.get("/api/events/" + created.field("id"), null).body();
        assertThat(shown).containsEntry("local_starts_at", "2030-07-01T20:00:00+02:00");
        assertThat(items(api.get("/api/events", null))).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("time_zone", "Europe/Madrid").containsEntry("starts_at", "2030-07-01T18:00:00Z")
                .containsEntry("local_starts_at", "2030-07-01T20:00:00+02:00"));
    }

    @Test
    void theLocalTimeCarriesTheOffsetOfItsSeasonAndAnEventWithoutVenueIsInUtc() {
        Answer winter = announce("2031-01-15T18:00:00Z", null, madrid);
        Answer nowhere = announce("2030-07-01T13:00:00-05:00", null, null);

        assertThat(winter.body()).containsEntry("local_starts_at", "2031-01-15T19:00:00+01:00")
                .doesNotContainKey("local_ends_at");
        assertThat(nowhere.body()).containsEntry("starts_at", "2030-07-01T18:00:00Z")
                .containsEntry("time_zone", "UTC").containsEntry("local_starts_at", "2030-07-01T18:00:00Z");
    }

    @Test
    void anEditMayGiveTheNewStartWithAnyOffset() {
        String id = announce("2030-07-01T18:00:00Z", null, madrid).field("id");

        Answer moved = api.patch("/api/events/" + id, Map.of("starts_at", "2030-07-02T08:00:00-04:00"), ann);

        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(moved.body()).containsEntry("starts_at", "2030-07-02T12:00:00Z")
                .containsEntry("local_starts_at", "2030-07-02T14:00:00+02:00");
    }

    @Test
    void aTimeWithoutOffsetIsAmbiguousAndRefusedNamingTheField() {
        Answer answer = announce("2030-07-01T20:00:00", null, madrid);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("code", "validation");
        assertThat(DirectSql.number("SELECT count(*) FROM events")).isZero();
    }

    @Test
    void theConfirmationAndTheReminderTellTheStartAsTheClockInMadridShowsIt() {
        String id = announce("2030-07-01T18:00:00Z", null, madrid).field("id");
        api.post("/api/events/" + id + "/book", null, ann);
        clock.set(Instant.parse("2030-07-01T17:30:00Z"));

        reminders.enqueue();

        assertThat(body("BOOKING_CONFIRMED")).isEqualTo(
                "Your seat at \"Flamenco\" on 2030-07-01 20:00 Europe/Madrid (UTC+02:00) is booked.");
        assertThat(body("EVENT_REMINDER")).isEqualTo(
                "\"Flamenco\" starts at 2030-07-01 20:00 Europe/Madrid (UTC+02:00).");
    }

    private static String body(String kind) {
        return DirectSql.text("SELECT body FROM notifications WHERE kind = ? LIMIT 1", kind);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Answer page) {
        return (List<Map<String, Object>>) page.field("items");
    }
}
