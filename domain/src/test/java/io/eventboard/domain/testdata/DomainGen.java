package io.eventboard.domain.testdata;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.eventboard.domain.event.EventStatus;
import io.eventboard.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of domain values, for property tests of any module. */
public final class DomainGen {

    private DomainGen() {
    }

    /** {@code size} distinct users with stable ids (user 0, user 1, ...), so that failures read well. */
    public static List<UserId> userPool(int size) {
        return IntStream.range(0, size).mapToObj(i -> new UserId(new UUID(0L, i + 1L))).toList();
    }

    /** One user out of {@code pool}; shrinks towards the first. */
    public static Gen<UserId> oneOf(List<UserId> pool) {
        return integers().between(0, pool.size() - 1).map(i -> pool.get(i));
    }

    public static Gen<EventStatus> eventStatuses() {
        return Generate.enumValues(EventStatus.class);
    }

    /** Valid rating scores, 1 to 5 stars. */
    public static Gen<Integer> scores() {
        return integers().between(1, 5);
    }

    /** Random numbers in [0, 1), as a jitter source gives them. */
    public static Gen<Double> jitters() {
        return doubles().from(0.0).upToAndIncluding(Math.nextDown(1.0));
    }

    public static Gen<Duration> minutesBetween(long from, long to) {
        return longs().between(from, to).map(m -> Duration.ofMinutes(m));
    }

    /**
     * Offsets from a boundary: half of them hit it exactly or miss it by a nanosecond or two, the others lie
     * anywhere within {@code reach} on either side (by the second). Rules about instants are decided at their
     * boundaries, which uniform instants almost never hit.
     */
    public static Gen<Duration> offsetsAroundABoundary(Duration reach) {
        Gen<Duration> close = longs().between(-2, 2).map(n -> Duration.ofNanos(n));
        return close.mix(secondsBetween(-reach.toSeconds(), reach.toSeconds()));
    }

    public static Gen<Duration> secondsBetween(long from, long to) {
        return longs().between(from, to).map(s -> Duration.ofSeconds(s));
    }
}
