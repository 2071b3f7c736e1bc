package io.eventboard.bootstrap.http.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Idempotency-Key on booking and on direct notifications: a retry answers the first answer, never books twice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotentBookingApiTest implements TestServer {

    private static final String KEY = "Idempotency-Key";

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;
    private String ann;
    private String eventId;

    @BeforeEach
    void anEventAndABooker() {
        TestDatabase.cleanDatabase();
        api = new Api(http.toBlocking());
        String organizer = api.userToken("organizer");
        ann = api.userToken("ann");
        eventId = newEvent(organizer, 5);
    }

    private String newEvent(String organizer, int capacity) {
        return api.post("/api/events", Map.of("title", "Idempotent meetup", "capacity", capacity,
                "starts_at", Instant.now().plus(Duration.ofDays(7)).toString()), organizer).field("id");
    }

    private Answer book(String event, String key) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/events/" + event + "/book", Map.of());
        if (key != null) {
            request.header(KEY, key);
        }
        return api.call(request, ann);
    }

    private long activeBookings() {
        return DirectSql.number("SELECT count(*) FROM bookings WHERE status = 'ACTIVE'");
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstBookingAgainAndBooksNothing() {
        Answer first = book(eventId, "retry-1");
        Answer retry = book(eventId, "retry-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void withoutAKeyASecondBookingIsRefusedAsBefore() {
        book(eventId, null);

        Answer second = book(eventId, null);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.<String>field("code")).isEqualTo("booking.already-booked");
    }

    @Test
    void aRefusalIsKeptTooAndAnsweredAgain() {
        book(eventId, null);
        Answer refused = book(eventId, "after-booking");
        api.post("/api/events/" + eventId + "/cancel-booking", null, ann);

        Answer retry = book(eventId, "after-booking");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body()).isEqualTo(refused.body());
        assertThat(retry.header("Content-Type")).startsWith("application/problem+json");
        assertThat(activeBookings()).isZero();
    }

    @Test
    void aKeyUsedForAnotherEventIsRefusedWith422() {
        String organizer = api.login("organizer");
        book(eventId, "one-key");

        Answer reused = book(newEvent(organizer, 5), "one-key");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.<String>field("code")).isEqualTo("idempotency.key-reused");
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void aKeyTooLongIsRefusedNamingTheHeader() {
        Answer refused = book(eventId, "x".repeat(201));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.<List<Map<String, Object>>>field("errors"))
                .extracting(error -> error.get("field")).containsExactly("idempotency-key");
    }

    @Test
    void twentyConcurrentRetriesOfOneKeyMakeOneBookingAndGetOneAnswer() throws Exception {
        int clients = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return book(eventId, "hammered");
            }));
        }
        start.countDown();
        List<Answer> outcomes = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            outcomes.add(answer.get());
        }
        pool.shutdown();

        assertThat(outcomes).extracting(Answer::status).containsOnly(201);
        assertThat(outcomes).extracting(Answer::body).containsOnly(outcomes.get(0).body());
        assertThat(activeBookings()).isEqualTo(1);
    }

    @Test
    void aDirectNotificationRepeatedWithItsKeyIsQueuedOnceAndAnotherMessageUnderTheKeyIsRefused() {
        String admin = api.adminToken("boss");
        Map<String, Object> message = Map.of("channel", "log", "recipient", "ops", "message", "Disk is full");
        MutableHttpRequest<?> first = HttpRequest.POST("/api/notifications", message).header(KEY, "n-1");
        MutableHttpRequest<?> again = HttpRequest.POST("/api/notifications", message).header(KEY, "n-1");
        MutableHttpRequest<?> other = HttpRequest.POST("/api/notifications",
                Map.of("channel", "log", "recipient", "ops", "message", "Disk is fine")).header(KEY, "n-1");

        Answer queued = api.call(first, admin);
        Answer replayed = api.call(again, admin);
        Answer refused = api.call(other, admin);

        assertThat(queued.status()).isEqualTo(202);
        assertThat(replayed.status()).isEqualTo(202);
        assertThat(replayed.<String>field("id")).isEqualTo(queued.field("id"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE kind = 'CUSTOM'")).isEqualTo(1);
    }
}
