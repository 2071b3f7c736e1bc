package io.eventboard.bootstrap;

import io.eventboard.bootstrap.cli.CreateAdminCommand;
import io.eventboard.bootstrap.cli.PasswordPrompt;
import io.micronaut.runtime.Micronaut;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Starts the Eventboard server. Before Micronaut starts, it settles the token signing secret and which database
 * to use (the one in {@code DATASOURCE_URL}, or an embedded one of its own) and checks that it answers, so that
 * a bad setting ends the server with one sentence saying what to fix instead of a stack trace.
 *
 * <p>{@code java -jar eventboard.jar create-admin <username> <email>} instead creates an admin account in that
 * database and exits (see {@link CreateAdminCommand}).
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CreateAdminCommand.NAME)) {
            System.exit(createAdmin(Arrays.copyOfRange(args, 1, args.length)));
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
    private static int createAdmin(String[] args) {
        quietLogsUnlessConfigured("LOG_LEVEL");
        quietLogsUnlessConfigured("ROOT_LOG_LEVEL");
        CreateAdminCommand command = new CreateAdminCommand(System.getenv(), Application::commandDatabase,
                PasswordPrompt.ofSystem(), System.out, System.err);
        return command.run(Arrays.asList(args));
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
