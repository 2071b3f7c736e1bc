package io.eventboard.bootstrap.jobs;

import io.eventboard.application.status.JobRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background job: a name, an interval, and the work, which returns what it did. Each run that did
 * something logs one line with its outcome and duration; a failing run is logged with its cause and the next
 * run goes on. Runs that found nothing to do are logged at debug level only, or the log would drown in them.
 * The last run is kept for {@code GET /}.
 */
public final class BackgroundJob<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJob.class);

    private final String name;
    private final Duration interval;
    private final Supplier<T> work;
    private final Predicate<T> idle;
    private final Clock clock;
    private final AtomicReference<JobRun> lastRun = new AtomicReference<>();

    public BackgroundJob(String name, Duration interval, Supplier<T> work, Predicate<T> idle, Clock clock) {
        this.name = name;
        this.interval = interval;
        this.work = work;
        this.idle = idle;
        this.clock = clock;
    }

    public String name() {
        return name;
    }

    public Duration interval() {
        return interval;
    }

    public Optional<JobRun> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }

    public void runOnce() {
        Instant at = clock.instant();
        long started = System.nanoTime();
        try {
            T outcome = work.get();
            long millis = (System.nanoTime() - started) / 1_000_000;
            boolean wasIdle = idle.test(outcome);
            if (!wasIdle) {
                LOG.info("job={} outcome={} duration_ms={}", name, outcome, millis);
            } else {
                LOG.debug("job={} idle duration_ms={}", name, millis);
            }
            lastRun.set(new JobRun(name, at, true, wasIdle ? "idle" : String.valueOf(outcome), millis));
        } catch (RuntimeException e) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.error("job={} failed after duration_ms={}; next run in {}", name, millis, interval, e);
            lastRun.set(new JobRun(name, at, false, "failed: " + e.getClass().getSimpleName(), millis));
        }
    }
}
