package io.eventboard.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * N client threads, each sending its next request as soon as the answer to the previous one is in (a closed
 * loop: the offered load is what the server can take). Requests sent during the warm-up are not counted.
 */
final class ClosedLoop {

    /** The next request of client {@code client}, or empty when the work is done. */
    @FunctionalInterface
    interface Work {
        Optional<HttpRequest> next(int client);
    }

    private final int clients;
    private final Duration warmup;
    private final Duration duration;

    ClosedLoop(int clients, Duration warmup, Duration duration) {
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
    }

    Figures run(Work work) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Figures> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Figures figures = new Figures(measureFrom);
            perClient.add(figures);
            threads.add(new Thread(() -> loop(http, work, client, figures, measureFrom, end), "client-" + client));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        Figures total = new Figures(measureFrom);
        perClient.forEach(total::add);
        return total;
    }

    private static void loop(HttpClient http, Work work, int client, Figures figures, long measureFrom, long end) {
        while (System.nanoTime() < end) {
            Optional<HttpRequest> request = work.next(client);
            if (request.isEmpty()) {
                return;
            }
            long sent = System.nanoTime();
            String outcome;
            try {
                outcome = String.valueOf(http.send(request.get(), HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException e) {
                outcome = "io-error";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long answered = System.nanoTime();
            if (sent >= measureFrom) {
                figures.record(outcome, sent, answered);
            }
        }
    }
}
