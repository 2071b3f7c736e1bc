package io.eventboard.bootstrap.cli;

import io.eventboard.application.retention.PurgeExpiredEvents;
import io.eventboard.bootstrap.StartupFailure;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code java -jar eventboard.jar purge-events}: deletes now what the daily retention job would, the events that
 * finished more than {@code RETENTION_DAYS} days ago with their bookings, ratings and delivered notifications,
 * and prints how many. Answers 0, or 1 when the database cannot be reached.
 */
public final class PurgeEventsCommand {

    public static final String NAME = "purge-events";
    static final String USAGE = "usage: java -jar eventboard.jar purge-events (RETENTION_DAYS says how old)";

    private final Map<String, String> env;
    private final Function<Map<String, String>, Map<String, Object>> databaseProperties;
    private final PrintStream out;
    private final PrintStream err;

    public PurgeEventsCommand(Map<String, String> env,
                              Function<Map<String, String>, Map<String, Object>> databaseProperties,
                              PrintStream out, PrintStream err) {
        this.env = env;
        this.databaseProperties = databaseProperties;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        if (!args.isEmpty()) {
            return fail(USAGE);
        }
        ApplicationContext context;
        try {
            context = CommandContext.start(env, databaseProperties);
        } catch (StartupFailure failure) {
            return fail("cannot reach the database: " + failure.getMessage());
        }
        try (context) {
            PurgeExpiredEvents purge = context.getBean(PurgeExpiredEvents.class);
            if (!purge.isEnabled()) {
                out.println(NAME + ": retention is off (RETENTION_DAYS=0); nothing was deleted.");
                return CreateAdminCommand.OK;
            }
            long deleted = purge.purge();
            out.println(NAME + ": deleted " + deleted + " events that finished more than "
                    + purge.retention().toDays() + " days ago.");
            return CreateAdminCommand.OK;
        }
    }

    private int fail(String message) {
        err.println(NAME + ": " + message);
        return CreateAdminCommand.FAILED;
    }
}
