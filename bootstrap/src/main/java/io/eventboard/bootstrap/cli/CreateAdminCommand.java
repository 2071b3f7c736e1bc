package io.eventboard.bootstrap.cli;

import io.eventboard.application.account.admin.EnsureAdmin;
import io.eventboard.bootstrap.StartupFailure;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.user.Role;
import io.eventboard.domain.user.UserAccount;
import io.eventboard.domain.user.UserAccounts;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code java -jar eventboard.jar create-admin <username> <email>}: creates an admin account in the server's
 * database (chosen as the server chooses it: {@code DATASOURCE_URL}, or the embedded one), without starting the
 * HTTP server. The password comes from {@code ADMIN_PASSWORD}, or else is asked for (without echo on a
 * terminal, or as one line of standard input). Prints one line; answers the process exit code, 0 or 1.
 */
public final class CreateAdminCommand {

    public static final String NAME = "create-admin";
    static final String USAGE = "usage: java -jar eventboard.jar create-admin <username> <email> "
            + "(the password comes from ADMIN_PASSWORD, or is asked for)";
    static final int OK = 0;
    static final int FAILED = 1;

    private final Map<String, String> env;
    private final Function<Map<String, String>, Map<String, Object>> databaseProperties;
    private final PasswordPrompt prompt;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param databaseProperties the Micronaut properties of the database for an environment; in production
     *                           {@code env -> DatabaseSetup.fromEnvironment(env).properties()}, which may throw
     *                           {@link StartupFailure}
     */
    public CreateAdminCommand(Map<String, String> env,
                              Function<Map<String, String>, Map<String, Object>> databaseProperties,
                              PasswordPrompt prompt, PrintStream out, PrintStream err) {
        this.env = env;
        this.databaseProperties = databaseProperties;
        this.prompt = prompt;
        this.out = out;
        this.err = err;
    }

    /** Runs the command with the arguments after {@code create-admin}; answers the exit code. */
    public int run(List<String> args) {
        if (args.size() != 2 || args.get(0).isBlank() || args.get(1).isBlank()) {
            return fail(USAGE);
        }
        String username = args.get(0).strip();
        String email = args.get(1).strip();
        Optional<String> password = password(username);
        if (password.isEmpty()) {
            return fail("no password given: set ADMIN_PASSWORD or type it when asked; no admin was created.");
        }
        ApplicationContext context;
        try {
            context = CommandContext.start(env, databaseProperties);
        } catch (StartupFailure failure) {
            return fail("cannot reach the database: " + failure.getMessage());
        }
        try (context) {
            return ensure(context, username, email, password.get());
        }
    }

    private Optional<String> password(String username) {
        String fromEnv = env.get("ADMIN_PASSWORD");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv);
        }
        return prompt.ask("Password for the admin " + username + ": ");
    }

    private int ensure(ApplicationContext context, String username, String email, String password) {
        EnsureAdmin.Outcome outcome;
        try {
            outcome = context.getBean(EnsureAdmin.class).ensure(username, email, password);
        } catch (InvalidInput invalid) {
            return fail(invalid.getMessage() + " no admin was created.");
        }
        switch (outcome) {
            case CREATED:
                out.println("Created the admin account " + username + " <" + email + ">.");
                return OK;
            case EMAIL_TAKEN:
                return fail("the email address " + email + " belongs to another account; no admin was created. "
                        + "Use another address.");
            case ALREADY_EXISTS:
            default:
                return existing(context.getBean(UserAccounts.class), username);
        }
    }

    /** An account of that name exists: fine when it is an admin, a failure when it is an ordinary user. */
    private int existing(UserAccounts accounts, String username) {
        Optional<UserAccount> account = accounts.findByUsername(username);
        if (account.map(found -> found.role() == Role.ADMIN).orElse(false)) {
            out.println("The admin account " + account.get().username() + " already exists; it was left unchanged.");
            return OK;
        }
        return fail("an account named " + username + " already exists and is not an admin; nothing was changed.");
    }

    private int fail(String message) {
        err.println("create-admin: " + message);
        return FAILED;
    }
}
