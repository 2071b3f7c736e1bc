package io.eventboard.bootstrap.jobs;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background job: a name, an interval, and the work, which returns what it did. Each run that did
 * something logs one line with its outcome and duration; a failing run is logged with its cause and the next
 * run goes on. Runs that found nothing to do are logged at debug level only, or the log would drown in them.
 */
public record BackgroundJob<T>(String name, Duration interval, Supplier<T> work, Predicate<T> idle) {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJob.class);

    public void runOnce() {
        long started = System.nanoTime();
        try {
            T outcome = work.get();
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (!idle.test(outcome)) {
                LOG.info("job={} outcome={} duration_ms={}", name, outcome, millis);
            } else {
                LOG.debug("job={} idle duration_ms={}", name, millis);
            }
        } catch (RuntimeException e) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.error("job={} failed after duration_ms={}; next run in {}", name, millis, interval, e);
        }
    }
}
