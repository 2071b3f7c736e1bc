package io.eventboard.bootstrap;

import io.eventboard.persistence.embedded.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which PostgreSQL the server uses: {@code DATASOURCE_URL} (with {@code DATASOURCE_USERNAME} and
 * {@code DATASOURCE_PASSWORD}) when set, otherwise an embedded PostgreSQL kept in {@code EVENTBOARD_DATA_DIR}
 * (default {@code ./data}). Either way the database must answer before the server starts.
 */
public record DatabaseSetup(String url, String username, String password) {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSetup.class);
    private static final int DEFAULT_EMBEDDED_PORT = 54329;
    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    public static DatabaseSetup fromEnvironment(Map<String, String> env) {
        String url = env.get("DATASOURCE_URL");
        DatabaseSetup setup;
        if (url == null || url.isBlank()) {
            setup = embedded(env);
        } else {
            if (!url.startsWith("jdbc:postgresql://")) {
                throw new StartupFailure("DATASOURCE_URL must look like jdbc:postgresql://host:5432/database, but it is '"
                        + url + "'.");
            }
            setup = new DatabaseSetup(url, env.getOrDefault("DATASOURCE_USERNAME", "postgres"),
                    env.getOrDefault("DATASOURCE_PASSWORD", ""));
            LOG.info("database=external url={}", url);
        }
        setup.requireReachable();
        return setup;
    }

    private static DatabaseSetup embedded(Map<String, String> env) {
        Path dataDirectory = Path.of(env.getOrDefault("EVENTBOARD_DATA_DIR", "data")).toAbsolutePath()
                .resolve("postgres");
        int port = parsePort(env.getOrDefault("EMBEDDED_DB_PORT", String.valueOf(DEFAULT_EMBEDDED_PORT)));
        LOG.info("database=embedded: DATASOURCE_URL is not set, so Eventboard runs its own PostgreSQL in {} on port {}",
                dataDirectory, port);
        try {
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port);
            return new DatabaseSetup(database.jdbcUrl(), database.username(), database.password());
        } catch (RuntimeException e) {
            throw new StartupFailure(e.getMessage());
        }
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new StartupFailure("EMBEDDED_DB_PORT must be a port number, but it is '" + text + "'.");
        }
    }

    /** Never prints the password: records end up in logs. */
    @Override
    public String toString() {
        return "DatabaseSetup[url=" + url + ", username=" + username + ", password=***]";
    }

    /** The properties that point Micronaut's default datasource at this database. */
    public Map<String, Object> properties() {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", username,
                "datasources.default.password", password);
    }

    private void requireReachable() {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(url, username, password)) {
            connection.isValid(LOGIN_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw new StartupFailure("the database at " + url + " does not answer (" + oneLine(e)
                    + "); check DATASOURCE_URL, DATASOURCE_USERNAME and DATASOURCE_PASSWORD.");
        }
    }

    private static String oneLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
