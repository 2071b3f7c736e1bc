package io.eventboard.domain.testdata;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fixed "now" of tests, so that nothing depends on the wall clock. */
public final class TestTime {

    public static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private TestTime() {
    }

    public static Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
