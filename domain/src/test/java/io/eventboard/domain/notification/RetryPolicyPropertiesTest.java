package io.eventboard.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.eventboard.domain.testdata.DomainGen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RetryPolicyPropertiesTest {

    /** Policies of 1-10 attempts, a base delay of 1 ms to 1 min, and a cap up to a day above it. */
    private static Gen<RetryPolicy> policies() {
        return integers().between(1, 10).zip(longs().between(1, 60_000), longs().between(0, 86_400_000),
                (maxAttempts, base, extra) -> new RetryPolicy(maxAttempts, Duration.ofMillis(base),
                        Duration.ofMillis(base + extra)));
    }

    @Test
    void backoffDelaysNeverShrinkAndStayBetweenBaseAndMaxWhateverTheJitter() {
        qt().forAll(policies(), lists().of(DomainGen.jitters()).ofSizeBetween(1, 60))
                .checkAssert((policy, jitterPerAttempt) -> {
                    List<Duration> delays = new ArrayList<>();
                    for (int attempt = 1; attempt <= jitterPerAttempt.size(); attempt++) {
                        delays.add(policy.delayAfter(attempt, jitterPerAttempt.get(attempt - 1)));
                    }
                    assertThat(delays).isSorted()
                            .allSatisfy(delay -> assertThat(delay).isBetween(policy.baseDelay(), policy.maxDelay()));
                });
    }

    @Test
    void anotherAttemptIsAllowedExactlyWhileAttemptsAreBelowTheMaximum() {
        qt().forAll(policies(), integers().between(0, 20))
                .checkAssert((policy, attempts) -> assertThat(policy.allowsAnotherAttempt(attempts))
                        .isEqualTo(attempts < policy.maxAttempts()));
    }

    @Test
    void withoutJitterTheDelayDoublesUntilTheCap() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.delayAfter(1, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(3, 0)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayAfter(9, 0)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(policy.delayAfter(10, 0)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(1_000, 0.99)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterStretchesTheDelayAtMostUpToTheNextAttemptsDelay() {
        assertThat(RetryPolicy.DEFAULT.delayAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(15));
        // 1 + the largest jitter rounds to exactly 2.0 in double arithmetic: equal, never longer
        assertThat(RetryPolicy.DEFAULT.delayAfter(2, Math.nextDown(1.0)))
                .isLessThanOrEqualTo(RetryPolicy.DEFAULT.delayAfter(3, 0));
    }

    @Test
    void jitterMustLieInTheUnitInterval() {
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.delayAfter(1, -0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.delayAfter(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPolicyNeedsAnAttemptAndAPositiveBaseNotAboveTheCap() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new RetryPolicy(0, second, second)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, second)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, second.negated(), second))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, second, Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, null, second)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, second, null)).isInstanceOf(NullPointerException.class);
        assertThat(new RetryPolicy(1, second, second).delayAfter(3, 0.7)).isEqualTo(second);
    }
}
