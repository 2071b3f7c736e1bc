package io.eventboard.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 1: every client books the rush event as the next user nobody has used yet, so each request is a
 * distinct user's first booking. Stops after {@code --requests} bookings or {@code --duration} seconds.
 */
final class Rush {

    private Rush() {
    }

    static Figures run(Options options) throws InterruptedException {
        URI book = URI.create(options.text("url") + "/api/events/" + options.text("event") + "/book");
        RushUsers users = new RushUsers(options.text("secret"), Instant.now().minusSeconds(60));
        long firstUser = options.number("first-user");
        long lastUser = firstUser + options.number("requests") - 1;
        AtomicLong nextUser = new AtomicLong(firstUser);
        Clients loop = new Clients(options.integer("clients"), 0, Duration.ZERO,
                Duration.ofSeconds(options.number("duration")));
        return loop.run(client -> {
            long user = nextUser.getAndIncrement();
            if (user > lastUser) {
                return Optional.empty();
            }
            return Optional.of(HttpRequest.newBuilder(book).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + users.accessToken(user))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
        });
    }
}
