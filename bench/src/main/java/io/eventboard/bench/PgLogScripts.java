package io.eventboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the server ran into pgbench scripts, so that the limit runs exactly the server's SQL. Input: the
 * PostgreSQL log of a database with {@code log_statement = all} while requests were sent one at a time, each
 * followed by a marker statement {@code SELECT 'bench-marker-<n>'} from psql. Script n holds the statements
 * logged between marker n-1 and marker n, with the logged parameter values written in as literals; the pool's
 * connection checks ({@code SELECT 1}) are left out.
 */
final class PgLogScripts {

    private static final Pattern ENTRY = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+ \\[(\\d+)] \\S*@(\\S*) ([A-Z]+):  (.*)$");
    private static final Pattern STATEMENT = Pattern.compile("^(?:statement|execute [^:]+): (.*)$", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile("^SELECT 'bench-marker-\\d+'$");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']++|'')*+'|NULL)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

    private PgLogScripts() {
    }

    static void run(Options options) throws IOException {
        List<List<String>> scripts = scripts(Files.readAllLines(Path.of(options.text("log"))),
                options.text("database"));
        Path out = Files.createDirectories(Path.of(options.text("out")));
        for (int i = 0; i < scripts.size(); i++) {
            Files.writeString(out.resolve(String.format("script-%03d.sql", i + 1)),
                    String.join(";\n", scripts.get(i)) + ";\n");
        }
        System.out.println(scripts.size() + " pgbench scripts in " + out);
    }

    static List<List<String>> scripts(List<String> log, String database) {
        List<List<String>> scripts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        Map<String, String> pending = new HashMap<>();
        for (Entry entry : entries(log, database)) {
            if (entry.kind().equals("DETAIL") && entry.text().startsWith("parameters: ")) {
                String statement = pending.remove(entry.pid());
                if (statement != null) {
                    current.set(current.lastIndexOf(statement), bind(statement, entry.text()));
                }
                continue;
            }
            Matcher statement = STATEMENT.matcher(entry.text());
            if (!entry.kind().equals("LOG") || !statement.matches()) {
                continue;
            }
            String sql = statement.group(1).strip();
            if (MARKER.matcher(sql).matches()) {
                scripts.add(current);
                current = new ArrayList<>();
            } else if (!sql.equals("SELECT 1")) {
                current.add(sql);
                pending.put(entry.pid(), sql);
            }
        }
        return scripts;
    }

    static String bind(String sql, String parameters) {
        Map<String, String> values = new HashMap<>();
        Matcher parameter = PARAMETER.matcher(parameters);
        while (parameter.find()) {
            values.put(parameter.group(1), parameter.group(2));
        }
        return PLACEHOLDER.matcher(sql).replaceAll(placeholder ->
                Matcher.quoteReplacement(values.getOrDefault(placeholder.group(1), placeholder.group())));
    }

    private record Entry(String pid, String kind, String text) {
    }

    /** The log's entries of one database; a continuation line (it starts with a tab) belongs to the entry above. */
    private static List<Entry> entries(List<String> log, String database) {
        List<Entry> entries = new ArrayList<>();
        StringBuilder text = null;
        String[] head = null;
        for (String line : log) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                if (head != null && head[1].equals(database)) {
                    entries.add(new Entry(head[0], head[2], text.toString()));
                }
                head = new String[] {entry.group(1), entry.group(2), entry.group(3)};
                text = new StringBuilder(entry.group(4));
            } else if (text != null && line.startsWith("\t")) {
                text.append('\n').append(line.substring(1));
            }
        }
        if (head != null && head[1].equals(database)) {
            entries.add(new Entry(head[0], head[2], text.toString()));
        }
        return entries;
    }
}
