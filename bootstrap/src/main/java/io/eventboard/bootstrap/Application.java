package io.eventboard.bootstrap;

import io.eventboard.bootstrap.cli.CreateAdminCommand;
import io.eventboard.bootstrap.cli.PasswordPrompt;
import io.eventboard.bootstrap.cli.PurgeEventsCommand;
import io.eventboard.bootstrap.cli.SyncEventsCommand;
import io.micronaut.runtime.Micronaut;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Starts the Eventboard server. Before Micronaut starts, it settles the token signing secret and which database
 * to use (the one in {@code DATASOURCE_URL}, or an embedded one of its own) and checks that it answers, so that
 * a bad setting ends the server with one sentence saying what to fix instead of a stack trace.
 *
 * <p>A command as the first argument runs it in that database instead and exits with its code:
 * {@code create-admin <username> <email>} ({@link CreateAdminCommand}), {@code sync-events [--date=YYYY-MM-DD]
 * [--all]} ({@link SyncEventsCommand}) and {@code purge-events} ({@link PurgeEventsCommand}).
 */
public final class Application {

    private static final Set<String> COMMANDS = Set.of(CreateAdminCommand.NAME, SyncEventsCommand.NAME,
            PurgeEventsCommand.NAME);

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(command(args[0], Arrays.asList(args).subList(1, args.length)));
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        try {
            properties.putAll(SecuritySetup.fromEnvironment(System.getenv()));
            properties.putAll(DatabaseSetup.fromEnvironment(System.getenv()).properties());
        } catch (StartupFailure failure) {
            // The logger is created here, not in a static field, so that create-admin can quiet logging first.
            LoggerFactory.getLogger(Application.class).error("Eventboard cannot start: {}", failure.getMessage());
            System.exit(1);
            return;
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(properties)
                .banner(false)
                .start();
    }

    /** A command prints one line of its own: the framework's INFO logs stay quiet unless LOG_LEVEL says else. */
    private static int command(String name, List<String> args) {
        quietLogsUnlessConfigured("LOG_LEVEL");
        quietLogsUnlessConfigured("ROOT_LOG_LEVEL");
        Map<String, String> env = System.getenv();
        return switch (name) {
            case CreateAdminCommand.NAME -> new CreateAdminCommand(env, Application::commandDatabase,
                    PasswordPrompt.ofSystem(), System.out, System.err).run(args);
            case SyncEventsCommand.NAME -> new SyncEventsCommand(env, Application::commandDatabase, System.out,
                    System.err).run(args);
            default -> new PurgeEventsCommand(env, Application::commandDatabase, System.out, System.err).run(args);
        };
    }

    /** The server's database; no token is ever signed by a command, so a random secret does. */
    private static Map<String, Object> commandDatabase(Map<String, String> env) {
        Map<String, Object> properties = new HashMap<>(DatabaseSetup.fromEnvironment(env).properties());
        properties.put(SecuritySetup.SECRET_PROPERTY, SecuritySetup.randomSecret());
        return properties;
    }

    /** logback.xml reads these variables from system properties too, before the environment. */
    private static void quietLogsUnlessConfigured(String variable) {
        if (System.getenv(variable) == null && System.getProperty(variable) == null) {
            System.setProperty(variable, "WARN");
        }
    }
}
