package io.eventboard.application.testing;

import java.util.random.RandomGenerator;

/** A "random" source whose {@link #nextDouble()} is whatever the test set, so retry delays are exact. */
public final class FixedJitter implements RandomGenerator {

    private volatile double value;

    public FixedJitter(double value) {
        set(value);
    }

    public void set(double value) {
        if (value < 0 || value >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1): " + value);
        }
        this.value = value;
    }

    @Override
    public double nextDouble() {
        return value;
    }

    @Override
    public long nextLong() {
        return (long) (value * Long.MAX_VALUE);
    }
}
