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
import java.util.Set;

/**
 * The hot methods of a JFR recording, from the text of {@code jfr print --events jdk.ExecutionSample
 * --stack-depth 64} (JDK 17 has no {@code jfr view}): the methods most often on top of the stack (where the CPU
 * was), and the Eventboard methods most often anywhere on it (which of our code the time was spent under).
 */
final class Hotspots {

    private static final String OWN_CODE = "io.eventboard.";

    private Hotspots() {
    }

    static void run(Options options) throws IOException {
        System.out.print(report(Files.readAllLines(Path.of(options.text("jfr-print"))), options.integer("top")));
    }

    static String report(List<String> jfrPrint, int top) {
        List<List<String>> stacks = stacks(jfrPrint);
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        for (List<String> stack : stacks) {
            if (!stack.isEmpty()) {
                self.merge(stack.get(0), 1, Integer::sum);
            }
            Set<String> once = new LinkedHashSet<>(stack);
            once.stream().filter(frame -> frame.startsWith(OWN_CODE)).forEach(frame -> ours.merge(frame, 1, Integer::sum));
        }
        return "execution samples: " + stacks.size() + "\n"
                + table("top " + top + " methods on top of the stack (self time)", self, stacks.size(), top)
                + table("top " + top + " Eventboard methods anywhere on the stack (total time)", ours, stacks.size(),
                top);
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

    /** One list of frames per sample, top frame first, without line numbers. */
    static List<List<String>> stacks(List<String> jfrPrint) {
        List<List<String>> stacks = new ArrayList<>();
        List<String> stack = null;
        for (String line : jfrPrint) {
            String trimmed = line.strip();
            if (trimmed.startsWith("stackTrace = [")) {
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
