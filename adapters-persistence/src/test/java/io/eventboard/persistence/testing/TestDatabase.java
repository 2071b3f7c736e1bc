package io.eventboard.persistence.testing;

import io.eventboard.persistence.embedded.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The PostgreSQL every database test of this JVM uses: the one {@code DATASOURCE_URL} (with
 * {@code DATASOURCE_USERNAME} and {@code DATASOURCE_PASSWORD}) names, as on CI, or else an embedded one started
 * once, in a temporary directory that is deleted when the JVM exits. Never H2: the queue claims rely on
 * PostgreSQL's {@code FOR UPDATE SKIP LOCKED}.
 */
public final class TestDatabase {

    /** Where the database is and who to connect as. */
    public record Coordinates(String url, String username, String password) {
    }

    private static Coordinates coordinates;

    private TestDatabase() {
    }

    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            String url = System.getenv("DATASOURCE_URL");
            coordinates = url == null || url.isBlank() ? startEmbedded()
                    : new Coordinates(url, environment("DATASOURCE_USERNAME", "postgres"),
                    environment("DATASOURCE_PASSWORD", ""));
        }
        return coordinates;
    }

    /**
     * Micronaut configuration for a test application context on this database: Flyway migrates it, and the
     * pool is large enough for the concurrency tests (20 connections).
     */
    public static Map<String, String> properties() {
        Coordinates database = coordinates();
        return Map.of(
                "datasources.default.url", database.url(),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password(),
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.maximum-pool-size", "20",
                "flyway.datasources.default.enabled", "true",
                // Tests empty and seed tables with plain SQL, which the listing cache cannot see: it is off
                // unless a test turns it on (ListingFreshnessApiTest, which tells it about its cleanup).
                "eventboard.listing-cache.refresh", "PT0S");
    }

    /** A connection of its own (not from the application's pool), for seeding and inspecting raw rows. */
    public static Connection connect() throws SQLException {
        Coordinates database = coordinates();
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    /** Empties every table but Flyway's history, so each test starts from a migrated, empty schema. */
    public static void cleanDatabase() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            String tables;
            try (ResultSet rows = statement.executeQuery("""
                    SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'
                    """)) {
                rows.next();
                tables = rows.getString(1);
            }
            if (tables != null) {
                statement.execute("TRUNCATE " + tables + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
    }

    private static Coordinates startEmbedded() {
        try {
            Path directory = Files.createTempDirectory("eventboard-test-db");
            EmbeddedDatabase database = EmbeddedDatabase.start(directory, freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                database.close();
                deleteRecursively(directory);
            }, "test-database-cleanup"));
            return new Coordinates(database.jdbcUrl(), database.username(), database.password());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless; the JVM is exiting anyway.
        }
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
