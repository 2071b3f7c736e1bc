package io.eventboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientsTest {

    private final Clients fourAtTwoHundredPerSecond = new Clients(4, 200, Duration.ZERO, Duration.ofSeconds(1));

    @Test
    void pacedClientsTakeTurnsSoThatTogetherTheySendAtTheRate() {
        assertThat(fourAtTwoHundredPerSecond.due(1_000, 0, 0)).isEqualTo(1_000);
        assertThat(fourAtTwoHundredPerSecond.due(1_000, 0, 1)).isEqualTo(1_000 + 5_000_000);
        assertThat(fourAtTwoHundredPerSecond.due(1_000, 0, 3)).isEqualTo(1_000 + 15_000_000);
        assertThat(fourAtTwoHundredPerSecond.due(1_000, 1, 0)).isEqualTo(1_000 + 20_000_000);
    }

    @Test
    void aPacedClientsTurnsComeAtTheRateDividedAmongTheClients() {
        long first = fourAtTwoHundredPerSecond.due(0, 10, 2);
        long next = fourAtTwoHundredPerSecond.due(0, 11, 2);
        assertThat(next - first).isEqualTo(Duration.ofMillis(20).toNanos());
    }
}
