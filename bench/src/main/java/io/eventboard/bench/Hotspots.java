package io.eventboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hot methods of a JFR recording, from the text of {@code jfr print --events
 * jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 64} (JDK 17 has no {@code jfr view}). Of the samples
 * of threads running Java code: the methods most often on top of the stack (where the CPU was) and the Eventboard
 * methods most often anywhere on it (which of our code the CPU time was spent under). Of the samples of threads
 * in native code (mostly waiting on a socket: for PostgreSQL, or for the next request): the Eventboard methods
 * most often on the stack, that is where our code waits.
 */
final class Hotspots {

    private static final String OWN_CODE = "io.eventboard.";

    private Hotspots() {
    }

    static void run(Options options) throws IOException {
        System.out.print(report(Files.readAllLines(Path.of(options.text("jfr-print"))), options.integer("top")));
    }

    static String report(List<String> jfrPrint, int top) {
        List<List<String>> running = stacks(jfrPrint, "jdk.ExecutionSample");
        List<List<String>> waiting = stacks(jfrPrint, "jdk.NativeMethodSample");
        Map<String, Integer> self = new HashMap<>();
        for (List<String> stack : running) {
            if (!stack.isEmpty()) {
                self.merge(stack.get(0), 1, Integer::sum);
            }
        }
        return "execution samples (threads running Java code): " + running.size() + "\n"
                + table("top " + top + " methods on top of the stack (self time)", self, running.size(), top)
                + table("top " + top + " Eventboard methods anywhere on the stack (total time)", ours(running),
                running.size(), top)
                + "\nnative method samples (threads in native code, mostly waiting on a socket): " + waiting.size()
                + "\n" + table("top " + top + " Eventboard methods anywhere on the stack of a thread in native code "
                + "(where our code waits)", ours(waiting), waiting.size(), top);
    }

    private static Map<String, Integer> ours(List<List<String>> stacks) {
        Map<String, Integer> ours = new HashMap<>();
        for (List<String> stack : stacks) {
            new LinkedHashSet<>(stack).stream().filter(frame -> frame.startsWith(OWN_CODE))
                    .forEach(frame -> ours.merge(frame, 1, Integer::sum));
        }
        return ours;
    }

    private static String table(String title, Map<String, Integer> counts, int samples, int top) {
        StringBuilder out = new StringBuilder("\n== ").append(title).append('\n');
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(entry -> out.append(String.format(Locale.ROOT, "%6d %5.1f%%  %s%n", entry.getValue(),
                        100.0 * entry.getValue() / Math.max(1, samples), entry.getKey())));
        return out.toString();
    }

    /** One list of frames per sample of the event type, top frame first, without line numbers. */
    static List<List<String>> stacks(List<String> jfrPrint, String eventType) {
        List<List<String>> stacks = new ArrayList<>();
        List<String> stack = null;
        boolean wanted = false;
        for (String line : jfrPrint) {
            String trimmed = line.strip();
            if (line.endsWith(" {") && !line.startsWith(" ")) {
                wanted = line.equals(eventType + " {");
            } else if (wanted && trimmed.startsWith("stackTrace = [")) {
                stack = new ArrayList<>();
            } else if (stack != null && trimmed.startsWith("]")) {
                stacks.add(stack);
                stack = null;
            } else if (stack != null && !trimmed.equals("...")) {
                int lineNumber = trimmed.indexOf(" line:");
                stack.add(lineNumber < 0 ? trimmed : trimmed.substring(0, lineNumber));
            }
        }
        return stacks;
    }
}
