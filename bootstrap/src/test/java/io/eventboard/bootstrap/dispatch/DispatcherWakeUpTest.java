package io.eventboard.bootstrap.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.event.create.CreateEvent;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.domain.booking.Booking;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.event.Event;
import io.eventboard.domain.event.EventDetails;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A worker node whose dispatcher polls only every 30 seconds: a committed booking wakes it, so the confirmation
 * goes out at once. Also the dispatcher's numbers, at /api/admin/notifications/stats and /prometheus.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatcherWakeUpTest implements TestServer {

    @Inject
    UserAccounts accounts;
    @Inject
    CreateEvent createEvent;
    @Inject
    BookSeat bookSeat;
    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestServer.super.getProperties());
        properties.put("eventboard.role", "worker");
        properties.put("eventboard.dispatch-interval", "PT30S");
        properties.put("logger.levels.eventboard.notifications", "WARN");
        return properties;
    }

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
    }

    @Test
    void aCommittedBookingWakesTheDispatcherLongBeforeItsPollInterval() throws Exception {
        UserId organizer = aUser("organizer");
        UserId attendee = aUser("attendee");
        Event event = anEventWithSeats(organizer, 3);
        Thread.sleep(200); // let the startup round finish, so only a signal can send the booking's notices

        long started = System.nanoTime();
        Result<Booking> booked = bookSeat.book(new BookSeat.Command(event.id(), attendee));
        assertThat(booked.isAccepted()).isTrue();

        long sent = 0;
        while (System.nanoTime() - started < Duration.ofSeconds(2).toNanos()) {
            sent = DirectSql.number("SELECT count(*) FROM notifications WHERE status = 'SENT' AND user_id = ?",
                    attendee.value());
            if (sent == 2) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(sent).as("confirmations sent within 2 s of the booking's commit").isEqualTo(2);
    }

    @Test
    void theStatsAndPrometheusEndpointsAreForAdminsAndShowTheDispatchersNumbers() throws Exception {
        Api api = new Api(client.toBlocking());
        String user = api.userToken("someone");
        String admin = api.adminToken("boss");
        UserId organizer = aUser("organizer");
        UserId attendee = aUser("attendee");
        bookSeat.book(new BookSeat.Command(anEventWithSeats(organizer, 3).id(), attendee));
        awaitNoneQueued();
        Thread.sleep(5_100); // the queue depth is cached for 5 seconds

        assertThat(api.get("/api/admin/notifications/stats", null).status()).isEqualTo(401);
        assertThat(api.get("/api/admin/notifications/stats", user).status()).isEqualTo(403);
        Api.Answer stats = api.get("/api/admin/notifications/stats", admin);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body()).containsEntry("queued", 0).containsEntry("sending", 0).containsEntry("failed", 0);
        assertThat(((Number) stats.field("sent")).longValue()).isGreaterThanOrEqualTo(2);
        Map<String, Map<String, Object>> channels = stats.field("channels");
        long sentOnChannels = channels.values().stream().mapToLong(c -> ((Number) c.get("sent")).longValue()).sum();
        assertThat(sentOnChannels).isGreaterThanOrEqualTo(2);

        assertThat(status(HttpRequest.GET("/prometheus"))).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/prometheus").bearerAuth(user))).isEqualTo(403);
        String scrape = client.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth(admin));
        assertThat(scrape).contains("eventboard_notifications_sent_total{channel=\"")
                .contains("eventboard_notifications_queue{status=\"QUEUED\"}")
                .contains("eventboard_notifications_send_seconds_count{channel=\"")
                .contains("eventboard_notifications_failed_total").contains("eventboard_notifications_retried_total");
    }

    private int status(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private void awaitNoneQueued() throws InterruptedException {
        for (int i = 0; i < 100 && DirectSql.number("SELECT count(*) FROM notifications WHERE status <> 'SENT'") > 0;
             i++) {
            Thread.sleep(20);
        }
    }

    private UserId aUser(String name) {
        Instant now = Instant.now();
        UserAccount account = new UserAccount(new UserId(Ids.timeOrdered(now)), name, name + "@example.org",
                "not-a-real-hash", Role.USER, true, now);
        assertThat(accounts.add(account)).isTrue();
        return account.id();
    }

    private Event anEventWithSeats(UserId organizer, int seats) {
        Instant start = Instant.now().plus(Duration.ofDays(2));
        return createEvent.create(new CreateEvent.Command(organizer,
                new EventDetails("Java meetup", "talks", null, null, Set.of(), start, null, seats)));
    }
}
