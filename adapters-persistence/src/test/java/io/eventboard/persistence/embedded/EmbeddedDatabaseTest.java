package io.eventboard.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @Test
    void rootWithoutUnshareGetsOneSentenceSayingWhatToDo(@TempDir Path emptyDirectory) {
        assertThat(EmbeddedDatabase.refusal(true, emptyDirectory.toString())).contains(
                "The embedded PostgreSQL cannot run as root without `unshare` on the PATH; set DATASOURCE_URL to an"
                        + " existing PostgreSQL or run as a normal user.");
        assertThat(EmbeddedDatabase.refusal(true, null)).isPresent();
    }

    @Test
    void rootWithUnshareOrANormalUserMayRunIt(@TempDir Path bin) throws IOException {
        Path unshare = Files.createFile(bin.resolve("unshare"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(EmbeddedDatabase.refusal(true, "/nowhere:" + unshare.getParent())).isEmpty();
        assertThat(EmbeddedDatabase.refusal(false, "")).isEmpty();
    }

    @Test
    @Timeout(120)
    void createsTheDatabaseAndKeepsItsDataAcrossRestarts(@TempDir Path data) throws Exception {
        assumeEmbeddedCanRun();
        int port = freePort();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port)) {
            assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/eventboard");
            execute(database, "CREATE TABLE kept (id integer)");
        }
        // A pid file naming a live process that is not PostgreSQL (here: this JVM) is stale; it must not stop
        // the restart.
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port)) {
            assertThat(tableExists(database, "kept")).isTrue();
        }
    }

    @Test
    @Timeout(180)
    void takesOverTheDataDirectoryOfAKilledJvm(@TempDir Path data) throws Exception {
        assumeEmbeddedCanRun();
        int port = freePort();
        Process owner = new ProcessBuilder(javaCommand(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                EmbeddedServerOwner.class.getName(), data.toString(), String.valueOf(port))
                .redirectErrorStream(true).start();
        Optional<ProcessHandle> orphan = Optional.empty();
        try {
            awaitReady(owner);
            owner.destroyForcibly().waitFor();
            orphan = ProcessHandle.of(pidIn(data.resolve("postmaster.pid"))).filter(ProcessHandle::isAlive);
            assertThat(orphan).as("the killed JVM's server still runs").isPresent();

            try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port)) {
                assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
                assertThat(tableExists(database, "survivor")).isTrue();
            }
        } finally {
            owner.destroyForcibly();
            orphan.ifPresent(ProcessHandle::destroy);
        }
    }

    private static void assumeEmbeddedCanRun() {
        assumeTrue(EmbeddedDatabase.refusal(EmbeddedDatabase.runsAsRoot(), System.getenv("PATH")).isEmpty(),
                "the embedded PostgreSQL cannot run on this machine");
    }

    private static void awaitReady(Process owner) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.equals(EmbeddedServerOwner.READY)) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("the owner JVM ended before it was ready:\n" + seen);
    }

    private static long pidIn(Path pidFile) throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean tableExists(EmbeddedDatabase database, String table) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
