package io.eventboard.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void aKeyGetsItsLimitPerMinuteThenASecondsWait() {
        RateLimitBuckets buckets = new RateLimitBuckets(3, 100, now::get);
        assertThat(buckets.tryTake("a")).isZero();
        assertThat(buckets.tryTake("a")).isZero();
        assertThat(buckets.tryTake("a")).isZero();
        assertThat(buckets.tryTake("a")).isBetween(1L, 60L);
        assertThat(buckets.tryTake("b")).isZero();
    }

    @Test
    void zeroDisables() {
        RateLimitBuckets buckets = new RateLimitBuckets(0, 100, now::get);
        for (int i = 0; i < 1000; i++) {
            assertThat(buckets.tryTake("a")).isZero();
        }
        assertThat(buckets.enabled()).isFalse();
        assertThat(buckets.size()).isZero();
    }

    @Test
    void idleBucketsAreDroppedAndNewKeysPastTheCapShareAnOverflowBucket() {
        RateLimitBuckets buckets = new RateLimitBuckets(1, 2, now::get);
        buckets.tryTake("a");
        buckets.tryTake("b");
        assertThat(buckets.tryTake("c")).isZero();
        assertThat(buckets.tryTake("d")).isPositive();
        assertThat(buckets.size()).isEqualTo(2);
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        buckets.sweepIfDue(now.get());
        assertThat(buckets.size()).isZero();
    }
}
