package io.eventboard.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestNodes;
import io.eventboard.bootstrap.dispatch.Queued;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A worker node that shuts down (a deploy, a SIGTERM) while its dispatcher is in the middle of a batch. Found by
 * bench/drills/multi-dispatcher.sh: the connection pool used to close under the running round, which then could
 * not record its outcomes, so its whole batch stayed claimed and was sent a second time once the lease expired.
 */
class DispatcherShutdownTest {

    private static final int BATCH = 10;

    @Test
    void aNodeStoppingMidBatchFinishesAndRecordsThatBatchAndClaimsNoOther() throws Exception {
        TestDatabase.cleanDatabase();
        // Slow enough that the node is told to stop while the batch is still out (its sends run side by side).
        SlowSender sender = new SlowSender(Duration.ofMillis(500));
        TestNodes nodes = TestNodes.start(1, Clock.systemUTC(), Map.of("eventboard.role", "worker",
                "eventboard.dispatch-batch-size", String.valueOf(BATCH)), sender);
        try {
            nodes.first(Transactions.class).inTransaction(() -> nodes.first(Outbox.class)
                    .enqueue(Queued.to(DeliveryChannel.WEBHOOK, "https://example.org/hook", Clock.systemUTC().instant(),
                            10 * BATCH)));
            BackgroundJob<?> dispatch = nodes.first(BackgroundJobs.class).jobs().stream()
                    .filter(job -> job.name().equals("dispatch")).findFirst().orElseThrow();
            nodes.first(DispatchLoop.class).start(dispatch);
            assertThat(sender.started().await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            nodes.close();
        }

        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE status = 'SENDING'"))
                .as("left claimed, to be sent again when the lease expires").isZero();
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE status = 'SENT' AND attempts = 1"))
                .as("the batch in flight, recorded").isEqualTo(BATCH);
        assertThat(sender.sends()).hasSize(BATCH).allSatisfy((id, times) -> assertThat(times.get()).isEqualTo(1));
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE status = 'QUEUED' AND attempts = 0"))
                .as("never claimed by the stopping node").isEqualTo(9 * BATCH);
    }
}
