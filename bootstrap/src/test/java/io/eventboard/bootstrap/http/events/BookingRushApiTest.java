package io.eventboard.bootstrap.http.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.domain.common.Ids;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.eventboard.rest.security.AccessTokens;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A hundred people book the same event at the same moment over HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingRushApiTest implements TestServer {

    private static final int SEATS = 30;
    private static final int CLIENTS = 100;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    UserAccounts accounts;
    @Inject
    AccessTokens accessTokens;

    @Test
    void aHundredParallelClientsNeverOverbookAndEveryLoserIsTold409() throws Exception {
        TestDatabase.cleanDatabase();
        Api api = new Api(http.toBlocking());
        String organizer = token("organizer");
        Answer event = api.post("/api/events", Map.of("title", "Hot event", "capacity", SEATS,
                "starts_at", Instant.now().plus(Duration.ofDays(7)).toString()), organizer);
        String path = "/api/events/" + event.field("id") + "/book";
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            tokens.add(token("fan" + i));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Answer>> answers = new ArrayList<>();
        for (String token : tokens) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.post(path, null, token);
            }));
        }
        start.countDown();
        int created = 0;
        int soldOut = 0;
        for (Future<Answer> answer : answers) {
            Answer outcome = answer.get();
            if (outcome.status() == 201) {
                created++;
            } else if (outcome.status() == 409 && "booking.sold-out".equals(outcome.field("code"))) {
                soldOut++;
            }
        }
        pool.shutdown();

        assertThat(created).isEqualTo(SEATS);
        assertThat(soldOut).isEqualTo(CLIENTS - SEATS);
        assertThat(DirectSql.number("SELECT count(*) FROM bookings WHERE status = 'ACTIVE'")).isEqualTo(SEATS);
        assertThat(api.get("/api/events/" + event.field("id"), null).body()).containsEntry("seats_free", 0);
    }

    private String token(String username) {
        Instant now = Instant.now();
        UserAccount account = new UserAccount(new UserId(Ids.timeOrdered(now)), username, username + "@example.org",
                "unused", Role.USER, true, now);
        accounts.add(account);
        return accessTokens.issue(account);
    }
}
