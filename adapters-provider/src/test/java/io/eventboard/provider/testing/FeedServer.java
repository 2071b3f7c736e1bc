package io.eventboard.provider.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real events provider on the loopback interface (the JDK's {@code HttpServer}), serving the feed of the
 * contract in README.md at {@code /events}: records changed at or after {@code changed_since}, in the order
 * given, {@link #pageSize} per page, the next page reached with {@code cursor=page-<n>}. A test can make a
 * page fail with a status a number of times, answer slowly, or answer what it likes; every request is kept.
 */
public final class FeedServer implements AutoCloseable {

    /** What one page answers instead of the feed, for the next {@code times} requests of that page. */
    private record Script(int times, int status, String body, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<Integer, Script> scripts = new HashMap<>();
    private final List<String> requests = new ArrayList<>();
    private List<FeedRecord> records = List.of();
    private int pageSize = 100;

    private FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/events", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FeedServer start() {
        try {
            return new FeedServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the feed server", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    public synchronized FeedServer serve(List<FeedRecord> feed) {
        this.records = List.copyOf(feed);
        return this;
    }

    public synchronized FeedServer pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    /** The next {@code times} requests of {@code page} (from 1) answer {@code status} with a short body. */
    public synchronized FeedServer failing(int page, int times, int status) {
        scripts.put(page, new Script(times, status, "{\"error\":\"scripted failure\"}", Duration.ZERO));
        return this;
    }

    /** The next {@code times} requests of {@code page} answer only after {@code delay}. */
    public synchronized FeedServer slow(int page, int times, Duration delay) {
        scripts.put(page, new Script(times, 200, null, delay));
        return this;
    }

    /** The next {@code times} requests of {@code page} answer {@code status} with this body. */
    public synchronized FeedServer answering(int page, int times, int status, String body) {
        scripts.put(page, new Script(times, status, body, Duration.ZERO));
        return this;
    }

    /** The query string of every request so far, decoded ("changed_since=...&cursor=page-2", or ""). */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, String> params = params(query);
            int page = params.containsKey("cursor") ? Integer.parseInt(params.get("cursor").substring(5)) : 1;
            Script script = takeScript(page, query);
            if (script != null && !script.delay().isZero()) {
                sleep(script.delay());
            }
            if (script != null && script.body() != null) {
                answer(exchange, script.status(), script.body());
                return;
            }
            answer(exchange, 200, page(page, params.get("changed_since")));
        } catch (IOException e) {
            // the client gave up waiting (a timeout test); nothing left to answer
        }
    }

    private synchronized Script takeScript(int page, String query) {
        requests.add(query == null ? "" : URLDecoder.decode(query, StandardCharsets.UTF_8));
        Script script = scripts.get(page);
        if (script == null) {
            return null;
        }
        if (script.times() <= 1) {
            scripts.remove(page);
        } else {
            scripts.put(page, new Script(script.times() - 1, script.status(), script.body(), script.delay()));
        }
        return script;
    }

    private synchronized String page(int page, String changedSince) {
        Instant since = changedSince == null ? null : Instant.parse(changedSince);
        List<FeedRecord> changed = records.stream()
                .filter(record -> since == null || !record.changedAt().isBefore(since)).toList();
        int from = Math.min((page - 1) * pageSize, changed.size());
        int to = Math.min(from + pageSize, changed.size());
        List<String> items = new ArrayList<>();
        changed.subList(from, to).forEach(record -> items.add(record.json()));
        String next = to < changed.size() ? FeedRecord.quote("page-" + (page + 1)) : "null";
        return "{\"items\":[" + String.join(",", items) + "],\"next_cursor\":" + next + "}";
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
