package io.eventboard.bootstrap.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Asks for a password: on a terminal without echo ({@link Console#readPassword}); otherwise one line from
 * standard input, so that {@code echo "$PW" | java -jar eventboard.jar create-admin ...} works in scripts.
 */
public final class PasswordPrompt {

    private final Console console;
    private final InputStream stdin;
    private final PrintStream prompts;

    public PasswordPrompt(Console console, InputStream stdin, PrintStream prompts) {
        this.console = console;
        this.stdin = stdin;
        this.prompts = prompts;
    }

    public static PasswordPrompt ofSystem() {
        return new PasswordPrompt(System.console(), System.in, System.err);
    }

    /** The password typed or piped in, without its line end; empty when nothing (or only blanks) came. */
    public Optional<String> ask(String question) {
        String answer;
        if (console != null) {
            char[] typed = console.readPassword("%s", question);
            answer = typed == null ? null : new String(typed);
        } else {
            // Standard input may be a pipe: say where the password is read from, on a line of its own.
            prompts.println(question + "(reading one line from standard input)");
            answer = firstLine();
        }
        return Optional.ofNullable(answer).filter(password -> !password.isBlank());
    }

    private String firstLine() {
        try {
            // Not closed: it wraps System.in, which the JVM owns.
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the password from standard input", e);
        }
    }
}
