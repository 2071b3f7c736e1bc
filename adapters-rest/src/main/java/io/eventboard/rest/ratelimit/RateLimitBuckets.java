package io.eventboard.rest.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Token buckets of one limit, {@code perMinute} requests per key and minute (refilled greedily). Memory stays
 * bounded: buckets idle for a minute (full again, so no different from new ones) are dropped at most once a
 * minute, and past {@code maxBuckets} keys new keys share one overflow bucket rather than getting their own.
 */
final class RateLimitBuckets {

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private record Entry(Bucket bucket, AtomicLong lastUsed) {
    }

    private final int perMinute;
    private final int maxBuckets;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final Bucket overflow;
    private final AtomicLong lastSweep;

    RateLimitBuckets(int perMinute, int maxBuckets, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.maxBuckets = maxBuckets;
        this.nanoTime = nanoTime;
        this.overflow = newBucket();
        this.lastSweep = new AtomicLong(nanoTime.getAsLong());
    }

    boolean enabled() {
        return perMinute > 0;
    }

    /** Takes one token from {@code key}'s bucket: answers 0 if there was one, else the seconds to wait (>= 1). */
    long tryTake(String key) {
        if (!enabled()) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        Entry entry = buckets.get(key);
        if (entry == null) {
            if (buckets.size() >= maxBuckets) {
                return waitSeconds(overflow.tryConsumeAndReturnRemaining(1));
            }
            entry = buckets.computeIfAbsent(key, k -> new Entry(newBucket(), new AtomicLong(now)));
        }
        entry.lastUsed().set(now);
        return waitSeconds(entry.bucket().tryConsumeAndReturnRemaining(1));
    }

    int size() {
        return buckets.size();
    }

    /** Drops the buckets idle for a whole window, at most once a window. */
    void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last >= WINDOW_NANOS && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(entry -> now - entry.lastUsed().get() >= WINDOW_NANOS);
        }
    }

    private static long waitSeconds(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return 0;
        }
        long nanos = probe.getNanosToWaitForRefill();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private Bucket newBucket() {
        int capacity = Math.max(1, perMinute);
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
