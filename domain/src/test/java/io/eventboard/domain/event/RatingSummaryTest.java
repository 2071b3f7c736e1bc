package io.eventboard.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void theAverageOfNoRatingIsZero() {
        assertThat(RatingSummary.NONE.average()).isZero();
    }

    @Test
    void addingAndReplacingScoresKeepSumAndCount() {
        RatingSummary summary = RatingSummary.NONE.add(5).add(2);

        assertThat(summary).isEqualTo(new RatingSummary(2, 7));
        assertThat(summary.average()).isEqualTo(3.5);
        assertThat(summary.replace(2, 4)).isEqualTo(new RatingSummary(2, 9));
    }

    @Test
    void aSummaryMustBeOneOfScoresOneToFive() {
        assertThatThrownBy(() -> new RatingSummary(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingSummary(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingSummary(2, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RatingSummary(2, 10).average()).isEqualTo(5.0);
    }
}
