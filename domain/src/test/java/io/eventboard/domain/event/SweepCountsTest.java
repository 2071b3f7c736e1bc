package io.eventboard.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SweepCountsTest {

    @Test
    void countsAddUpPerArrowAndInTotal() {
        SweepCounts sum = SweepCounts.NONE.plus(new SweepCounts(2, 1)).plus(new SweepCounts(3, 4));

        assertThat(sum).isEqualTo(new SweepCounts(5, 5));
        assertThat(sum.totalUpdated()).isEqualTo(10);
        assertThat(SweepCounts.NONE.totalUpdated()).isZero();
    }
}
