package io.eventboard.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ResultTest {

    private static final Rejection SOLD_OUT = Rejection.conflict("booking.sold-out", "Every seat is taken.");
    private static final Rejection TOO_BIG = Rejection.invalid("number.too-big", "Too big.");

    @Test
    void anAcceptedResultHoldsItsValue() {
        Result<Integer> result = Result.accepted(41);

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.value()).isEqualTo(41);
        assertThatThrownBy(result::rejection).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRejectedResultHoldsItsRejectionAndHasNoValue() {
        Result<Integer> result = Result.rejected(SOLD_OUT);

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.rejection()).isEqualTo(SOLD_OUT);
        assertThatThrownBy(result::value).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("booking.sold-out");
    }

    @Test
    void mapTransformsAnAcceptedValue() {
        assertThat(Result.accepted(41).map(i -> i + 1)).isEqualTo(Result.accepted(42));
    }

    @Test
    void mapKeepsTheRejectionAndNeverCallsTheMapper() {
        AtomicBoolean called = new AtomicBoolean();

        Result<Integer> mapped = Result.<Integer>rejected(SOLD_OUT).map(i -> {
            called.set(true);
            return i + 1;
        });

        assertThat(mapped.rejection()).isEqualTo(SOLD_OUT);
        assertThat(called).isFalse();
    }

    @Test
    void flatMapChainsDecisionsAndTheFirstRefusalWins() {
        Result<Integer> accepted = Result.accepted(5)
                .flatMap(i -> i < 10 ? Result.accepted(i * 2) : Result.rejected(TOO_BIG));
        Result<Integer> refusedBySecond = Result.accepted(50)
                .flatMap(i -> i < 10 ? Result.accepted(i * 2) : Result.rejected(TOO_BIG));
        Result<Integer> refusedByFirst = Result.<Integer>rejected(SOLD_OUT)
                .flatMap(i -> Result.rejected(TOO_BIG));

        assertThat(accepted.value()).isEqualTo(10);
        assertThat(refusedBySecond.rejection()).isEqualTo(TOO_BIG);
        assertThat(refusedByFirst.rejection()).isEqualTo(SOLD_OUT);
    }

    @Test
    void neitherValueNorRejectionMayBeMissing() {
        assertThatThrownBy(() -> Result.accepted(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Result.rejected(null)).isInstanceOf(NullPointerException.class);
    }
}
