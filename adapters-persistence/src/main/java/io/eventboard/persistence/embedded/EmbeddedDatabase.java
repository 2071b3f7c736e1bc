package io.eventboard.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server of our own, for a machine with nothing installed: {@code java -jar} starts it in a data
 * directory that survives restarts, with the database {@value #DATABASE_NAME} in it. It listens on localhost
 * only, with trust authentication, and stops when the JVM exits. A server orphaned by a killed JVM is stopped
 * before the new one starts (see {@link OrphanedServer}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE_NAME = "eventboard";

    static final String ROOT_WITHOUT_UNSHARE = "The embedded PostgreSQL cannot run as root without `unshare` on the"
            + " PATH; set DATASOURCE_URL to an existing PostgreSQL or run as a normal user.";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts the server on {@code port} with its files in {@code dataDirectory} (created, and initialized on
     * first use), and creates the database when it is missing.
     *
     * @throws EmbeddedDatabaseUnavailable when this machine cannot run it; the message says what to do
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        refusal(runsAsRoot(), System.getenv("PATH")).ifPresent(message -> {
            throw new EmbeddedDatabaseUnavailable(message);
        });
        try {
            Files.createDirectories(dataDirectory);
            OrphanedServer.stopIfRunning(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
            database.createDatabaseIfMissing();
            LOG.info("Embedded PostgreSQL ready at {} (data in {})", database.jdbcUrl(), dataDirectory);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE_NAME;
    }

    public String username() {
        return SUPERUSER;
    }

    /** Empty: the server trusts local connections and listens on localhost only. */
    public String password() {
        return "";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Stops the server; later calls do nothing. Synchronized so that a caller that closes and then deletes
     * the data directory waits for a shutdown hook that got there first.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL in {}", dataDirectory, e);
        }
    }

    /** Why the embedded server cannot run here, if it cannot: initdb refuses root unless run in a user namespace. */
    static Optional<String> refusal(boolean root, String path) {
        return root && !onPath("unshare", path) ? Optional.of(ROOT_WITHOUT_UNSHARE) : Optional.empty();
    }

    static boolean runsAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // No /proc (not Linux) or no unix attribute view: the account name is the next best answer.
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static boolean onPath(String program, String path) {
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isBlank() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE_NAME + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + DATABASE_NAME);
            }
        } catch (SQLException e) {
            throw new IOException("could not create the database " + DATABASE_NAME, e);
        }
    }
}
