package io.eventboard.bootstrap.http.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.sweep.AdvanceEventStatuses;
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
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The events API as a client uses it, on the real server and PostgreSQL, with a clock the test moves. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsApiTest implements TestServer {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final MutableClock clock = MutableClock.startingAt(START);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AdvanceEventStatuses sweep;

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

    private Map<String, Object> anEvent(int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Kotlin meetup");
        body.put("description", "Talks and pizza");
        body.put("starts_at", START.plus(Duration.ofDays(1)).toString());
        body.put("capacity", capacity);
        return body;
    }

    private String created(Map<String, Object> body) {
        Answer answer = api.post("/api/events", body, ann);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.field("id");
    }

    @Test
    void anyLoggedInUserAnnouncesAnEventAndBecomesItsOrganizer() {
        Answer answer = api.post("/api/events", anEvent(3), ann);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header(HttpHeaders.LOCATION)).isEqualTo("/api/events/" + answer.field("id"));
        assertThat(answer.header(HttpHeaders.ETAG)).isEqualTo("\"0\"");
        assertThat(answer.body()).containsEntry("title", "Kotlin meetup").containsEntry("status", "scheduled")
                .containsEntry("capacity", 3).containsEntry("seats_booked", 0).containsEntry("seats_free", 3)
                .containsEntry("starts_at", "2026-03-02T09:00:00Z").containsEntry("rating_count", 0);
        assertThat((Map<String, Object>) answer.field("organizer")).containsEntry("username", "ann");
    }

    @Test
    void announcingNeedsALogin() {
        assertThat(api.post("/api/events", anEvent(3), null).status()).isEqualTo(401);
    }

    @Test
    void invalidEventsAreRefusedNamingEachField() {
        Map<String, Object> body = anEvent(100_001);
        body.put("title", " ");
        body.put("ends_at", START.toString());
        Answer answer = api.post("/api/events", body, ann);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/problem+json");
        assertThat(fields(answer)).contains("title", "capacity", "ends_at");
    }

    @Test
    void anEventMustStartInTheFutureAndNameKnownReferences() {
        Map<String, Object> past = anEvent(3);
        past.put("starts_at", START.minusSeconds(60).toString());
        Map<String, Object> unknownVenue = anEvent(3);
        unknownVenue.put("venue_id", "0190a6c4-0000-7000-8000-000000000000");
        unknownVenue.put("tags", List.of("nope"));

        assertThat(fields(api.post("/api/events", past, ann))).containsExactly("starts_at");
        assertThat(fields(api.post("/api/events", unknownVenue, ann))).containsExactly("venue_id", "tags");
    }

    @Test
    void fieldsTheSystemDecidesAreRefusedNotApplied() {
        Map<String, Object> body = anEvent(3);
        body.put("status", "completed");

        Answer answer = api.post("/api/events", body, ann);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(DirectSql.number("SELECT count(*) FROM events")).isZero();
    }

    @Test
    void anEventIsShownToEveryoneWithItsEtagAndAnUnknownOneIs404() {
        String id = created(anEvent(3));

        Answer shown = api.get("/api/events/" + id, null);
        Answer unknown = api.get("/api/events/0190a6c4-0000-7000-8000-000000000000", null);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.header(HttpHeaders.ETAG)).isEqualTo("\"0\"");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).containsEntry("code", "event.not-found");
    }

    @Test
    void theOrganizerEditsInsideTheWindowOthersAreRefusedAndLaterEvenTheOrganizer() {
        String id = created(anEvent(3));
        String bob = api.userToken("bob");

        Answer edited = api.patch("/api/events/" + id, Map.of("title", "Kotlin night"), ann);
        Answer byBob = api.patch("/api/events/" + id, Map.of("title", "Mine now"), bob);
        clock.advance(Duration.ofMinutes(61));
        Answer late = api.patch("/api/events/" + id, Map.of("title", "Too late"), ann);

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body()).containsEntry("title", "Kotlin night");
        assertThat(byBob.status()).isEqualTo(403);
        assertThat(byBob.body()).containsEntry("code", "event.not-organizer");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).containsEntry("code", "event.edit-window-closed");
    }

    @Test
    void aStaleIfMatchIsAFailedPreconditionAndTheCurrentOneGoesThrough() {
        String id = created(anEvent(3));
        api.patch("/api/events/" + id, Map.of("title", "Second"), ann);

        Answer stale = api.call(HttpRequest.PATCH("/api/events/" + id, Map.of("title", "Third"))
                .header(HttpHeaders.IF_MATCH, "\"0\""), ann);
        Answer current = api.call(HttpRequest.PATCH("/api/events/" + id, Map.of("title", "Third"))
                .header(HttpHeaders.IF_MATCH, "\"1\""), ann);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header(HttpHeaders.ETAG)).isEqualTo("\"2\"");
    }

    @Test
    void capacityCannotDropBelowTheSeatsBooked() {
        String id = created(anEvent(3));
        api.post("/api/events/" + id + "/book", null, api.userToken("bob"));
        api.post("/api/events/" + id + "/book", null, api.userToken("cid"));

        Answer answer = api.patch("/api/events/" + id, Map.of("capacity", 1), ann);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).containsEntry("code", "event.capacity-below-bookings");
    }

    @Test
    void theOrganizerDeletesAndTheEventIsGone() {
        String id = created(anEvent(3));

        assertThat(api.delete("/api/events/" + id, api.userToken("bob")).status()).isEqualTo(403);
        assertThat(api.delete("/api/events/" + id, ann).status()).isEqualTo(204);
        assertThat(api.get("/api/events/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void cancellingTellsEveryAttendeeThroughTheOutbox() {
        String id = created(anEvent(3));
        String bob = api.userToken("bob");
        api.post("/api/events/" + id + "/book", null, bob);

        Answer cancelled = api.post("/api/events/" + id + "/cancel", null, ann);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body()).containsEntry("status", "cancelled");
        assertThat(DirectSql.number("SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id"
                + " WHERE u.username = 'bob' AND n.kind = 'EVENT_CANCELLED'")).isEqualTo(2);
        assertThat(api.post("/api/events/" + id + "/book", null, api.userToken("cid")).body())
                .containsEntry("code", "booking.event-not-bookable");
    }

    @Test
    void bookingAndGivingBackASeat() {
        String id = created(anEvent(1));
        String bob = api.userToken("bob");

        Answer booked = api.post("/api/events/" + id + "/book", null, bob);
        Answer again = api.post("/api/events/" + id + "/book", null, bob);
        Answer soldOut = api.post("/api/events/" + id + "/book", null, api.userToken("cid"));
        Answer givenBack = api.post("/api/events/" + id + "/cancel-booking", null, bob);
        Answer nothingToGive = api.post("/api/events/" + id + "/cancel-booking", null, bob);

        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.body()).containsEntry("event_id", id).containsEntry("status", "active");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).containsEntry("code", "booking.already-booked");
        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.body()).containsEntry("code", "booking.sold-out");
        assertThat(givenBack.status()).isEqualTo(200);
        assertThat(givenBack.body()).containsEntry("status", "cancelled");
        assertThat(nothingToGive.status()).isEqualTo(404);
        assertThat(api.get("/api/events/" + id, null).body()).containsEntry("seats_free", 1);
    }

    @Test
    void myUpcomingEventsAndMyBookingsShowOnlyMine() {
        String first = created(anEvent(5));
        Map<String, Object> later = anEvent(5);
        later.put("starts_at", START.plus(Duration.ofDays(3)).toString());
        String second = created(later);
        String bob = api.userToken("bob");
        api.post("/api/events/" + second + "/book", null, bob);
        api.post("/api/events/" + first + "/book", null, bob);
        api.post("/api/events/" + first + "/book", null, ann);

        Answer upcoming = api.get("/api/events/my-upcoming", bob);
        Answer bookings = api.get("/api/bookings", bob);

        assertThat(ids(upcoming)).containsExactly(first, second);
        assertThat(bookings.body()).containsEntry("total", 2);
        assertThat(api.get("/api/bookings", null).status()).isEqualTo(401);
    }

    @Test
    void onlyAttendeesRateAndOnlyOnceTheEventIsCompleted() {
        String id = created(anEvent(5));
        String bob = api.userToken("bob");
        String cid = api.userToken("cid");
        api.post("/api/events/" + id + "/book", null, bob);

        Answer tooEarly = api.post("/api/events/" + id + "/rate", Map.of("score", 5), bob);
        clock.advance(Duration.ofDays(2));
        sweep.sweep(Optional.empty());
        Answer rated = api.post("/api/events/" + id + "/rate", Map.of("score", 4, "comment", "good"), bob);
        Answer rerated = api.post("/api/events/" + id + "/rate", Map.of("score", 2), bob);
        Answer stranger = api.post("/api/events/" + id + "/rate", Map.of("score", 5), cid);
        Answer outOfRange = api.post("/api/events/" + id + "/rate", Map.of("score", 6), bob);

        assertThat(tooEarly.body()).containsEntry("code", "rating.event-not-completed");
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rerated.body()).containsEntry("score", 2);
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(fields(outOfRange)).containsExactly("score");
        assertThat(api.get("/api/events/" + id, null).body()).containsEntry("rating_avg", 2.0)
                .containsEntry("rating_count", 1).containsEntry("status", "completed");
        assertThat(api.get("/api/events/" + id + "/ratings", null).body()).containsEntry("total", 1);
    }

    @Test
    void theListingFiltersSortsAndPages() {
        for (int i = 0; i < 12; i++) {
            Map<String, Object> body = anEvent(i % 3);
            body.put("title", (i % 2 == 0 ? "Java " : "Go ") + i);
            body.put("starts_at", START.plus(Duration.ofHours(24 + i)).toString());
            created(body);
        }

        Answer firstPage = api.get("/api/events", null);
        Answer java = api.get("/api/events?q=JAVA&size=3&sort=-start", null);
        Answer open = api.get("/api/events?status=open&size=100", null);

        assertThat(firstPage.body()).containsEntry("page", 1).containsEntry("size", 10).containsEntry("total", 12);
        assertThat((List<?>) firstPage.field("items")).hasSize(10);
        assertThat(java.body()).containsEntry("total", 6);
        assertThat(titles(java)).containsExactly("Java 10", "Java 8", "Java 6");
        assertThat(open.body()).containsEntry("total", 8);
        assertThat(api.get("/api/events?sort=price", null).status()).isEqualTo(400);
        assertThat(fields(api.get("/api/events?size=101", null))).containsExactly("size");
        assertThat(fields(api.get("/api/events?status=later", null))).containsExactly("status");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Answer answer) {
        return ((List<Map<String, Object>>) answer.body().getOrDefault("errors", List.of())).stream()
                .map(error -> (String) error.get("field")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Answer page) {
        return ((List<Map<String, Object>>) page.field("items")).stream().map(item -> (String) item.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Answer page) {
        return ((List<Map<String, Object>>) page.field("items")).stream()
                .map(item -> (String) item.get("title")).toList();
    }
}
