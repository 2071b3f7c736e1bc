package io.eventboard.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What one client (or, added up, all clients) saw: the latency of every counted request in microseconds, the
 * answers by status code ({@code io-error} when there was none), and when the last answer came.
 */
final class Figures {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final long measureFrom;
    private final Histogram latencies = new Histogram(MAX_MICROS, 3);
    private final Map<String, Long> outcomes = new TreeMap<>();
    private long lastAnswer;

    Figures(long measureFrom) {
        this.measureFrom = measureFrom;
        this.lastAnswer = measureFrom;
    }

    void record(String outcome, long sentNanos, long answeredNanos) {
        latencies.recordValue(Math.min(MAX_MICROS, Math.max(1, (answeredNanos - sentNanos) / 1_000)));
        outcomes.merge(outcome, 1L, Long::sum);
        lastAnswer = Math.max(lastAnswer, answeredNanos);
    }

    void add(Figures other) {
        latencies.add(other.latencies);
        other.outcomes.forEach((outcome, count) -> outcomes.merge(outcome, count, Long::sum));
        lastAnswer = Math.max(lastAnswer, other.lastAnswer);
    }

    long requests() {
        return latencies.getTotalCount();
    }

    long count(String outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    double seconds() {
        return Math.max(1, lastAnswer - measureFrom) / 1e9;
    }

    double perSecond(long count) {
        return count / seconds();
    }

    double millis(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    String summary() {
        return String.format(Locale.ROOT, "requests=%d in %.1f s: %.1f/s; latency ms p50=%.2f p95=%.2f p99=%.2f "
                        + "max=%.2f; answers %s", requests(), seconds(), perSecond(requests()), millis(50),
                millis(95), millis(99), latencies.getMaxValue() / 1000.0, outcomes);
    }

    String json() {
        StringBuilder statuses = new StringBuilder();
        outcomes.forEach((outcome, count) -> statuses.append(statuses.length() == 0 ? "" : ", ")
                .append('"').append(outcome).append("\": ").append(count));
        return String.format(Locale.ROOT, """
                {"requests": %d, "seconds": %.3f, "requests_per_s": %.1f,
                 "latency_ms": {"p50": %.3f, "p95": %.3f, "p99": %.3f, "max": %.3f, "mean": %.3f},
                 "answers": {%s}}
                """, requests(), seconds(), perSecond(requests()), millis(50), millis(95), millis(99),
                latencies.getMaxValue() / 1000.0, latencies.getMean() / 1000.0, statuses);
    }
}
