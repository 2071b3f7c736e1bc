package io.eventboard.bootstrap.http.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.domain.testdata.MutableClock;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Recurring events as a client uses them, on the real server and PostgreSQL, with a clock the test moves. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventSeriesApiTest implements TestServer {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final MutableClock clock = MutableClock.startingAt(START);

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;
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
        ann = api.userToken("ann");
    }

    private static Map<String, Object> aSeries(Map<String, Object> recurrence) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Kotlin meetup");
        body.put("starts_at", "2026-03-02T18:00:00Z");
        body.put("ends_at", "2026-03-02T20:00:00Z");
        body.put("capacity", 2);
        body.put("recurrence", recurrence);
        return body;
    }

    private Answer created(Map<String, Object> recurrence) {
        Answer answer = api.post("/api/event-series", aSeries(recurrence), ann);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static List<String> occurrenceIds(Answer series) {
        return ((List<Map<String, Object>>) series.body().get("occurrences")).stream()
                .map(occurrence -> (String) occurrence.get("id")).toList();
    }

    private static long rows(String sql) {
        return DirectSql.number(sql);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUserAnnouncesAWeeklySeriesAndEveryOccurrenceIsAnEventOfItsOwn() {
        Answer answer = created(Map.of("frequency", "weekly", "count", 3));

        String id = answer.field("id");
        assertThat(answer.header(HttpHeaders.LOCATION)).isEqualTo("/api/event-series/" + id);
        assertThat((Map<String, Object>) answer.field("recurrence")).containsEntry("frequency", "weekly")
                .containsEntry("interval", 1).containsEntry("count", 3).doesNotContainKey("until");
        assertThat((Map<String, Object>) answer.field("organizer")).containsEntry("username", "ann");
        assertThat((List<Map<String, Object>>) answer.field("occurrences")).extracting(o -> o.get("starts_at"))
                .containsExactly("2026-03-02T18:00:00Z", "2026-03-09T18:00:00Z", "2026-03-16T18:00:00Z");

        String second = occurrenceIds(answer).get(1);
        Answer event = api.get("/api/events/" + second, null);
        assertThat(event.body()).containsEntry("series_id", id).containsEntry("ends_at", "2026-03-09T20:00:00Z")
                .containsEntry("seats_free", 2);
        assertThat(api.get("/api/event-series/" + id, null).body()).isEqualTo(answer.body());
    }

    @Test
    void anEventOutsideASeriesHasNoSeriesId() {
        Map<String, Object> single = aSeries(null);
        single.remove("recurrence");
        Answer event = api.post("/api/events", single, ann);

        assertThat(event.body()).doesNotContainKey("series_id");
    }

    @Test
    void invalidRecurrencesNameTheFieldAndWriteNothing() {
        Answer both = api.post("/api/event-series", aSeries(Map.of("frequency", "weekly", "count", 3,
                "until", "2026-04-01")), ann);
        Answer tooMany = api.post("/api/event-series", aSeries(Map.of("frequency", "daily", "until", "2027-12-31")),
                ann);
        Answer monthly = api.post("/api/event-series", aSeries(Map.of("frequency", "monthly", "count", 3)), ann);
        Answer noRecurrence = api.post("/api/event-series", aSeries(null), ann);
        Map<String, Object> withStatus = aSeries(Map.of("frequency", "daily", "count", 2));
        withStatus.put("status", "cancelled");
        Answer unknownField = api.post("/api/event-series", withStatus, ann);

        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).containsEntry("code", "validation");
        assertThat(both.body().toString()).contains("recurrence.until");
        assertThat(tooMany.body().toString()).contains("recurrence.until");
        assertThat(monthly.body().toString()).contains("recurrence.frequency");
        assertThat(noRecurrence.status()).isEqualTo(400);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body().toString()).contains("status");
        assertThat(rows("SELECT count(*) FROM events") + rows("SELECT count(*) FROM event_series")).isZero();
    }

    @Test
    void anUntilDateIsInclusive() {
        Answer answer = created(Map.of("frequency", "daily", "interval", 2, "until", "2026-03-06"));

        assertThat(occurrenceIds(answer)).hasSize(3);
    }

    @Test
    void announcingASeriesNeedsALogin() {
        assertThat(api.post("/api/event-series", aSeries(Map.of("frequency", "daily", "count", 2)), null).status())
                .isEqualTo(401);
        assertThat(api.get("/api/event-series/" + UUID.randomUUID(), null).body())
                .containsEntry("code", "series.not-found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void editingFromAnOccurrenceChangesItAndTheLaterOnesOnly() {
        Answer series = created(Map.of("frequency", "weekly", "count", 3));
        List<String> ids = occurrenceIds(series);

        Answer changed = api.patch("/api/event-series/" + series.field("id") + "/occurrences?from=" + ids.get(1),
                Map.of("title", "Kotlin night", "capacity", 5), ann);

        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.body()).containsEntry("count", 2).containsEntry("series_id", series.field("id"));
        assertThat((List<String>) changed.field("event_ids")).containsExactly(ids.get(1), ids.get(2));
        assertThat(api.get("/api/events/" + ids.get(0), null).body()).containsEntry("title", "Kotlin meetup");
        assertThat(api.get("/api/events/" + ids.get(2), null).body()).containsEntry("title", "Kotlin night")
                .containsEntry("capacity", 5);
    }

    @Test
    void theSeriesEditKeepsTheRulesOfASingleEdit() {
        Answer series = created(Map.of("frequency", "daily", "count", 2));
        String path = "/api/event-series/" + series.field("id") + "/occurrences?from=" + occurrenceIds(series).get(0);

        Answer moved = api.patch(path, Map.of("starts_at", "2026-03-03T18:00:00Z"), ann);
        Answer stranger = api.patch(path, Map.of("title", "Mine"), api.userToken("eve"));
        Answer stale = api.call(HttpRequest.PATCH(path, Map.of("title", "Late")).header(HttpHeaders.IF_MATCH, "\"7\""),
                ann);
        clock.advance(Duration.ofHours(2));
        Answer late = api.patch(path, Map.of("title", "Late"), ann);

        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.body().toString()).contains("starts_at");
        assertThat(stranger.body()).containsEntry("status", 403).containsEntry("code", "series.not-organizer");
        assertThat(stale.body()).containsEntry("status", 412).containsEntry("code", "event.concurrent-update");
        assertThat(late.body()).containsEntry("status", 409).containsEntry("code", "event.edit-window-closed");
        assertThat(rows("SELECT count(*) FROM events WHERE title <> 'Kotlin meetup'")).isZero();
    }

    @Test
    void cancellingFromAnOccurrenceCancelsTheRestAndTellsTheirAttendees() {
        Answer series = created(Map.of("frequency", "weekly", "count", 3));
        List<String> ids = occurrenceIds(series);
        String bob = api.userToken("bob");
        api.post("/api/events/" + ids.get(0) + "/book", null, bob);
        api.post("/api/events/" + ids.get(2) + "/book", null, bob);
        api.post("/api/events/" + ids.get(1) + "/cancel", null, ann);

        Answer cancelled = api.post("/api/event-series/" + series.field("id") + "/cancel?from=" + ids.get(1), null,
                ann);

        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
        assertThat(cancelled.body()).containsEntry("count", 1).containsEntry("event_ids", List.of(ids.get(2)));
        assertThat(api.get("/api/events/" + ids.get(0), null).body()).containsEntry("status", "scheduled");
        assertThat(api.get("/api/events/" + ids.get(2), null).body()).containsEntry("status", "cancelled");
        assertThat(rows("SELECT count(*) FROM notifications WHERE kind = 'EVENT_CANCELLED'")).isPositive();
        assertThat(api.post("/api/event-series/" + series.field("id") + "/cancel?from=" + ids.get(0), null,
                api.userToken("eve")).body()).containsEntry("code", "series.not-organizer");
    }
}
