package io.eventboard.persistence.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a JVM of its own by {@link EmbeddedDatabaseTest}: starts the embedded server, leaves a table behind,
 * prints {@value #READY} and waits to be killed.
 */
public final class EmbeddedServerOwner {

    static final String READY = "OWNER-READY";

    private EmbeddedServerOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]));
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survivor (id integer)");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
