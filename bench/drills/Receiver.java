import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The webhook sink of the dispatch drill, run as {@code java Receiver.java <port>} (JDK only). {@code POST /hook}
 * answers 204 and counts the request's {@code Idempotency-Key} (the notification id); {@code GET /stats} answers
 * {@code received=… distinct=… duplicated_keys=… extra_deliveries=…}; {@code POST /reset} forgets everything.
 */
public final class Receiver {

    private static final Map<String, AtomicInteger> KEYS = new ConcurrentHashMap<>();
    private static final AtomicLong RECEIVED = new AtomicLong();

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            KEYS.computeIfAbsent(key == null ? "(none)" : key, k -> new AtomicInteger()).incrementAndGet();
            RECEIVED.incrementAndGet();
            answer(exchange, 204, "");
        });
        server.createContext("/stats", exchange -> {
            long duplicated = KEYS.values().stream().filter(count -> count.get() > 1).count();
            long extra = KEYS.values().stream().mapToLong(count -> count.get() - 1).sum();
            answer(exchange, 200, "received=" + RECEIVED.get() + " distinct=" + KEYS.size() + " duplicated_keys="
                    + duplicated + " extra_deliveries=" + extra + "\n");
        });
        server.createContext("/reset", exchange -> {
            KEYS.clear();
            RECEIVED.set(0);
            answer(exchange, 204, "");
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
