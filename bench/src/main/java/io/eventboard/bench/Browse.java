package io.eventboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Benchmark 2: every client lists events with a path drawn at random from {@code --paths} (one path and query a
 * line; blank lines and lines starting with # are skipped), so the mix is the file's; as fast as answers come,
 * or paced at {@code --rate} requests per second in all.
 */
final class Browse {

    private Browse() {
    }

    static Figures run(Options options) throws IOException, InterruptedException {
        List<HttpRequest> requests = paths(Path.of(options.text("paths"))).stream()
                .map(path -> HttpRequest.newBuilder(URI.create(options.text("url") + path))
                        .timeout(Duration.ofSeconds(60)).GET().build())
                .toList();
        Clients loop = new Clients(options.integer("clients"), Double.parseDouble(options.text("rate", "0")),
                Duration.ofSeconds(options.number("warmup")), Duration.ofSeconds(options.number("duration")));
        return loop.run(client -> Optional.of(requests.get(ThreadLocalRandom.current().nextInt(requests.size()))));
    }

    static List<String> paths(Path file) throws IOException {
        List<String> paths = Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        if (paths.isEmpty()) {
            throw new IllegalArgumentException(file + " names no path");
        }
        return paths;
    }
}
