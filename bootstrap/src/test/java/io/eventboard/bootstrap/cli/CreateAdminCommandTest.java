package io.eventboard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.StartupFailure;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code create-admin} against the test database, without the HTTP server and without System.exit. */
class CreateAdminCommandTest {

    private static final String PASSWORD = "admin password 1";
    private static final Function<Map<String, String>, Map<String, Object>> TEST_DATABASE =
            env -> new HashMap<>(new TestServer() { }.getProperties());

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.cleanDatabase();
    }

    private CreateAdminCommand command(Map<String, String> env, String stdin) {
        return command(env, stdin, TEST_DATABASE);
    }

    private CreateAdminCommand command(Map<String, String> env, String stdin,
                                       Function<Map<String, String>, Map<String, Object>> database) {
        PasswordPrompt prompt = new PasswordPrompt(null,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new CreateAdminCommand(env, database, prompt, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createsAnAdminWithThePasswordFromAdminPasswordAndPrintsOneLine() {
        int exit = command(Map.of("ADMIN_PASSWORD", PASSWORD), "").run(List.of("root", "root@example.org"));

        assertThat(exit).isZero();
        assertThat(out()).isEqualTo("Created the admin account root <root@example.org>.\n");
        assertThat(err()).isEmpty();
        assertThat(DirectSql.text("SELECT role FROM users WHERE username = 'root'")).isEqualTo("ADMIN");
        assertThat(DirectSql.text("SELECT email FROM users WHERE username = 'root'")).isEqualTo("root@example.org");
        assertThat(DirectSql.text("SELECT password_hash FROM users WHERE username = 'root'"))
                .startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void withoutAdminPasswordThePasswordIsReadFromStandardInput() {
        int exit = command(Map.of(), PASSWORD + "\n").run(List.of("root", "root@example.org"));

        assertThat(exit).isZero();
        assertThat(DirectSql.number("SELECT count(*) FROM users WHERE role = 'ADMIN'")).isEqualTo(1);
        assertThat(out()).doesNotContain(PASSWORD);
    }

    @Test
    void anExistingAdminIsLeftUnchangedAndThatIsASuccess() {
        command(Map.of("ADMIN_PASSWORD", PASSWORD), "").run(List.of("root", "root@example.org"));
        String hash = DirectSql.text("SELECT password_hash FROM users");
        out.reset();

        int exit = command(Map.of("ADMIN_PASSWORD", "another password 2"), "").run(List.of("ROOT", "x@example.org"));

        assertThat(exit).isZero();
        assertThat(out()).isEqualTo("The admin account root already exists; it was left unchanged.\n");
        assertThat(DirectSql.text("SELECT password_hash FROM users")).isEqualTo(hash);
    }

    @Test
    void anOrdinaryUserOfThatNameIsAFailureAndStaysAUser() {
        command(Map.of("ADMIN_PASSWORD", PASSWORD), "").run(List.of("root", "root@example.org"));
        demoteToUser("root");

        int exit = command(Map.of("ADMIN_PASSWORD", PASSWORD), "").run(List.of("root", "other@example.org"));

        assertThat(exit).isEqualTo(1);
        assertThat(err()).isEqualTo("create-admin: an account named root already exists and is not an admin; "
                + "nothing was changed.\n");
        assertThat(DirectSql.text("SELECT role FROM users")).isEqualTo("USER");
    }

    @Test
    void anEmailThatBelongsToAnotherAccountIsAFailureSayingSo() {
        command(Map.of("ADMIN_PASSWORD", PASSWORD), "").run(List.of("first", "taken@example.org"));
        out.reset();

        int exit = command(Map.of("ADMIN_PASSWORD", PASSWORD), "").run(List.of("second", "TAKEN@example.org"));

        assertThat(exit).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("create-admin: the email address TAKEN@example.org belongs to another account;")
                .contains("no admin was created");
        assertThat(DirectSql.number("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    void invalidInputIsAFailureNamingTheField() {
        int exit = command(Map.of("ADMIN_PASSWORD", "short"), "").run(List.of("root", "root@example.org"));

        assertThat(exit).isEqualTo(1);
        assertThat(err()).startsWith("create-admin: invalid input: password must be 8-128 characters")
                .doesNotContain("short\n");
        assertThat(DirectSql.number("SELECT count(*) FROM users")).isZero();
    }

    @Test
    void noPasswordAtAllIsAFailureBeforeTheDatabaseIsTouched() {
        int exit = command(Map.of(), "", env -> {
            throw new AssertionError("the database is not needed");
        }).run(List.of("root", "root@example.org"));

        assertThat(exit).isEqualTo(1);
        assertThat(err()).startsWith("create-admin: no password given");
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        for (List<String> args : List.of(List.<String>of(), List.of("root"), List.of("root", "a@b.c", "extra"),
                List.of("root", " "))) {
            err.reset();
            assertThat(command(Map.of("ADMIN_PASSWORD", PASSWORD), "").run(args)).isEqualTo(1);
            assertThat(err())
                    .startsWith("create-admin: usage: java -jar eventboard.jar create-admin <username> <email>");
        }
    }

    @Test
    void anUnreachableDatabaseIsAFailureWithTheReason() {
        int exit = command(Map.of("ADMIN_PASSWORD", PASSWORD), "", env -> {
            throw new StartupFailure("the database at jdbc:postgresql://nowhere/x does not answer.");
        }).run(List.of("root", "root@example.org"));

        assertThat(exit).isEqualTo(1);
        assertThat(err()).isEqualTo("create-admin: cannot reach the database: the database at "
                + "jdbc:postgresql://nowhere/x does not answer.\n");
    }

    private static void demoteToUser(String username) {
        try {
            DirectSql.execute("UPDATE users SET role = 'USER' WHERE username = ?", username);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
