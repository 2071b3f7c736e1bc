package io.eventboard.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * N client threads sending requests. In a closed loop ({@code rate} 0) each sends its next request as soon as
 * the answer to the previous one is in, so the offered load is what the server can take and latency is mostly
 * time spent queueing behind the other clients. Paced ({@code rate} > 0, requests per second in all) the
 * clients take turns on a fixed schedule, and a request's latency counts from when the schedule meant to send it:
 * a client held up by a slow answer does not hide the wait of the requests it could not send meanwhile (the
 * "coordinated omission" a closed loop suffers). Requests due during the warm-up are not counted.
 */
final class Clients {

    /** The next request of client {@code client}, or empty when the work is done. */
    @FunctionalInterface
    interface Work {
        Optional<HttpRequest> next(int client);
    }

    private final int clients;
    private final double rate;
    private final Duration warmup;
    private final Duration duration;

    Clients(int clients, double rate, Duration warmup, Duration duration) {
        if (clients < 1 || rate < 0) {
            throw new IllegalArgumentException("need at least one client and a rate of zero (closed) or more");
        }
        this.clients = clients;
        this.rate = rate;
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
            threads.add(new Thread(() -> loop(http, work, client, figures, start, measureFrom, end),
                    "client-" + client));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        Figures total = new Figures(measureFrom);
        perClient.forEach(total::add);
        return total;
    }

    /** When a paced client's turn is due: the clients take turns, so together they send at the rate. */
    long due(long start, long turn, int client) {
        return start + (long) ((turn * clients + client) * 1e9 / rate);
    }

    private void loop(HttpClient http, Work work, int client, Figures figures, long start, long measureFrom,
            long end) {
        for (long turn = 0; ; turn++) {
            long due = rate == 0 ? System.nanoTime() : due(start, turn, client);
            if (due >= end) {
                return;
            }
            LockSupport.parkNanos(due - System.nanoTime());
            Optional<HttpRequest> request = work.next(client);
            if (request.isEmpty()) {
                return;
            }
            String outcome;
            try {
                outcome = String.valueOf(http.send(request.get(), HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException e) {
                outcome = "io-error";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (due >= measureFrom) {
                figures.record(outcome, due, System.nanoTime());
            }
        }
    }
}
