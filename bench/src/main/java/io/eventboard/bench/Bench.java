package io.eventboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The load generator of the benchmarks, run by bench/rush, bench/browse and bench/footprint (see
 * bench/RESULTS.md). It prints a summary and writes its figures as JSON (the {@code --json} option); the scripts
 * add the machine, the parameters and the limit measured by pgbench.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        Options options = new Options(args, 1);
        switch (args[0]) {
            case "rush" -> write(options, Rush.run(options));
            case "browse" -> write(options, Browse.run(options));
            case "hotspots" -> Hotspots.run(options);
            case "pgbench-scripts" -> PgLogScripts.run(options);
            default -> usage();
        }
    }

    private static void write(Options options, Figures figures) throws IOException {
        System.out.println(figures.summary());
        Files.writeString(Path.of(options.text("json")), figures.json());
    }

    private static void usage() {
        System.err.println("""
                usage: java -jar eventboard-bench.jar <command> --option value ...
                  rush     --url U --event ID --secret S --clients N --first-user N --requests N --duration S --json F
                  browse   --url U --paths FILE --clients N --warmup S --duration S --json F
                  hotspots --jfr-print FILE --top N            (the output of jfr print --events jdk.ExecutionSample)
                  pgbench-scripts --log FILE --database DB --out DIR   (statements logged by log_statement=all)""");
        System.exit(2);
    }
}
