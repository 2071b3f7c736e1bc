package io.eventboard.persistence.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.provider.sync.SyncLedger;
import io.eventboard.application.provider.sync.SyncReport;
import io.eventboard.application.provider.sync.SyncSummary;
import io.eventboard.domain.testdata.TestTime;
import io.eventboard.persistence.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSyncLedgerTest extends DatabaseTest {

    private static final Instant NOW = TestTime.NOW;
    private static final Instant LATER = NOW.plus(Duration.ofMinutes(10));

    @Inject
    SyncLedger ledger;

    private static SyncReport run(String interruption) {
        return new SyncReport(NOW, NOW.plusSeconds(5), NOW.minus(Duration.ofDays(1)), new SyncSummary(1, 2, 3, 4),
                interruption);
    }

    @Test
    void aClaimIsRefusedToOthersUntilItExpiresOrIsReleased() {
        assertThat(ledger.claim("acme", "one", NOW, LATER)).isTrue();
        assertThat(ledger.claim("acme", "two", NOW.plusSeconds(60), LATER)).isFalse();
        assertThat(ledger.claim("other", "two", NOW, LATER)).as("providers are apart").isTrue();
        assertThat(ledger.claim("acme", "two", LATER, LATER.plusSeconds(60))).as("expired").isTrue();
        assertThat(ledger.extend("acme", "one", LATER.plusSeconds(600))).as("the first lost it").isFalse();

        ledger.release("acme", "two", run(null), Optional.empty());

        assertThat(ledger.claim("acme", "three", LATER, LATER.plusSeconds(60))).isTrue();
    }

    @Test
    void aReleaseByARunnerThatLostItsClaimLeavesTheNewClaimInPlace() {
        ledger.claim("acme", "one", NOW, NOW.plusSeconds(1));
        ledger.claim("acme", "two", NOW.plusSeconds(2), LATER);

        ledger.release("acme", "one", run("stopped"), Optional.empty());

        assertThat(ledger.claim("acme", "three", NOW.plusSeconds(3), LATER)).isFalse();
        assertThat(ledger.extend("acme", "two", LATER.plusSeconds(60))).isTrue();
    }

    @Test
    void theCheckpointOnlyMovesForward() {
        assertThat(ledger.checkpoint("acme")).isEmpty();
        ledger.claim("acme", "one", NOW, LATER);

        ledger.release("acme", "one", run(null), Optional.of(NOW));
        ledger.release("acme", "one", run(null), Optional.empty());
        assertThat(ledger.checkpoint("acme")).contains(NOW);

        ledger.release("acme", "one", run(null), Optional.of(NOW.minusSeconds(60)));
        assertThat(ledger.checkpoint("acme")).contains(NOW);

        ledger.release("acme", "one", run(null), Optional.of(LATER));
        assertThat(ledger.checkpoint("acme")).contains(LATER);
    }

    @Test
    void theLastRunReadsBackAsItWasRecordedWithALongReasonCut() {
        assertThat(ledger.lastRun("acme")).isEmpty();
        ledger.claim("acme", "one", NOW, LATER);
        assertThat(ledger.lastRun("acme")).as("claimed, never run").isEmpty();

        ledger.release("acme", "one", run("provider timed out"), Optional.empty());
        assertThat(ledger.lastRun("acme")).contains(run("provider timed out"));

        ledger.release("acme", "one", run("x".repeat(5000)), Optional.empty());
        assertThat(ledger.lastRun("acme").orElseThrow().interruption())
                .hasSize(PostgresSyncLedger.MAX_INTERRUPTION).endsWith("x\u2026");
    }

    @Test
    void ofManyServersClaimingAtOnceExactlyOneGetsTheSync() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String runner = "runner-" + i;
                claims.add(() -> ledger.claim("acme", runner, NOW, LATER));
            }
            long winners = 0;
            for (Future<Boolean> claim : pool.invokeAll(claims)) {
                winners += claim.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
