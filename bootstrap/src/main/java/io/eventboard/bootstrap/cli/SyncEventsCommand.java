package io.eventboard.bootstrap.cli;

import io.eventboard.application.provider.sync.SyncEventsFromProvider;
import io.eventboard.application.provider.sync.SyncEventsFromProvider.Command;
import io.eventboard.application.provider.sync.SyncReport;
import io.eventboard.bootstrap.StartupFailure;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Result;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code java -jar eventboard.jar sync-events [--date=YYYY-MM-DD] [--all]} (seed 004's {@code sync_events}):
 * imports the events the provider changed since the last complete sync, since a day ({@code --date}), or all
 * of them ({@code --all}), with the server's settings, and prints one summary line. Answers 0 when the run
 * read the feed to its end (records that failed are counted, not fatal), 1 otherwise.
 */
public final class SyncEventsCommand {

    public static final String NAME = "sync-events";
    static final String USAGE = "usage: java -jar eventboard.jar sync-events [--date=YYYY-MM-DD] [--all] "
            + "(--date: only events changed since that day; --all: every event; neither: changes since the last "
            + "complete sync)";

    private final Map<String, String> env;
    private final Function<Map<String, String>, Map<String, Object>> databaseProperties;
    private final PrintStream out;
    private final PrintStream err;

    public SyncEventsCommand(Map<String, String> env,
                             Function<Map<String, String>, Map<String, Object>> databaseProperties,
                             PrintStream out, PrintStream err) {
        this.env = env;
        this.databaseProperties = databaseProperties;
        this.out = out;
        this.err = err;
    }

    /** Runs the command with the arguments after {@code sync-events}; answers the exit code. */
    public int run(List<String> args) {
        Optional<Command> command = parse(args);
        if (command.isEmpty()) {
            return fail(USAGE);
        }
        ApplicationContext context;
        try {
            context = CommandContext.start(env, databaseProperties);
        } catch (StartupFailure failure) {
            return fail("cannot reach the database: " + failure.getMessage());
        }
        try (context) {
            Optional<SyncEventsFromProvider> sync = context.findBean(SyncEventsFromProvider.class);
            if (sync.isEmpty()) {
                return fail("no events provider is configured: set PROVIDER_URL.");
            }
            return report(sync.get().sync(command.get()));
        }
    }

    private int report(Result<SyncReport> result) {
        if (!result.isAccepted()) {
            return fail(result.rejection().message());
        }
        SyncReport run = result.value();
        String asked = run.since().map(since -> "changes since " + since).orElse("the whole feed");
        if (run.completed()) {
            out.println(NAME + ": " + run.counts() + " (" + asked + ")");
            return CreateAdminCommand.OK;
        }
        return fail(run.counts() + " (" + asked + "), then stopped: " + run.interruption()
                + "; what was imported stays, and the next run picks up the rest.");
    }

    /** {@code --all}, {@code --date=YYYY-MM-DD} or {@code --date YYYY-MM-DD}, or nothing; empty when unusable. */
    static Optional<Command> parse(List<String> args) {
        boolean all = false;
        LocalDate date = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--all")) {
                    all = true;
                } else if (arg.startsWith("--date=")) {
                    date = LocalDate.parse(arg.substring("--date=".length()));
                } else if (arg.equals("--date") && i + 1 < args.size()) {
                    date = LocalDate.parse(args.get(++i));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new Command(date, all));
        } catch (DateTimeParseException | InvalidInput unusable) {
            return Optional.empty();
        }
    }

    private int fail(String message) {
        err.println(NAME + ": " + message);
        return CreateAdminCommand.FAILED;
    }
}
