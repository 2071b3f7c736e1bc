package io.eventboard.bootstrap.dispatch;

import io.eventboard.application.notification.dispatch.DispatchNotifications;
import io.eventboard.application.notification.dispatch.DispatchReport;
import io.eventboard.bootstrap.TestNodes;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.notification.Outbox;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dispatch throughput: 10,000 queued notifications to the LOG sink (its log line at WARN, so not written),
 * sent by 1 and by 3 dispatchers, each with its own application context (own connection pool, as separate
 * nodes would have) on one database. Not part of the build: run bench/dispatch/run.sh.
 */
@Tag("bench")
class DispatchThroughputBench {

    private static final int NOTIFICATIONS = Integer.getInteger("bench.notifications", 10_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 100);

    @Test
    void throughput() throws Exception {
        try (TestNodes nodes = TestNodes.start(3, Clock.systemUTC(),
                Map.of("eventboard.role", "api", "eventboard.dispatch-batch-size", String.valueOf(BATCH),
                "logger.levels.eventboard.notifications", "WARN"))) {
            run(nodes, 1, true); // warm-up
            for (int repeat = 0; repeat < 3; repeat++) {
                run(nodes, 1, false);
                run(nodes, 3, false);
            }
        }
    }

    private static void run(TestNodes nodes, int dispatchers, boolean warmUp) throws Exception {
        TestDatabase.cleanDatabase();
        Transactions transactions = nodes.first(Transactions.class);
        Outbox outbox = nodes.first(Outbox.class);
        for (int done = 0; done < NOTIFICATIONS; done += 1_000) {
            transactions.inTransaction(() -> outbox.enqueue(Queued.toLog(Clock.systemUTC().instant(),
                    Math.min(1_000, NOTIFICATIONS))));
        }
        DirectSql.execute("VACUUM ANALYZE notifications");

        List<DispatchNotifications> instances = IntStream.range(0, dispatchers)
                .mapToObj(i -> nodes.node(i).getBean(DispatchNotifications.class)).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
        List<Future<Integer>> runs = new ArrayList<>();
        for (DispatchNotifications dispatch : instances) {
            runs.add(pool.submit(() -> {
                start.await();
                int sent = 0;
                DispatchReport round;
                do {
                    round = dispatch.dispatchOnce();
                    sent += round.sent();
                } while (round.claimed() > 0);
                return sent;
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        int sent = 0;
        for (Future<Integer> run : runs) {
            sent += run.get();
        }
        long nanos = System.nanoTime() - started;
        pool.shutdown();
        long stored = DirectSql.number("SELECT count(*) FROM notifications WHERE status = 'SENT'");
        if (sent != NOTIFICATIONS || stored != NOTIFICATIONS) {
            throw new AssertionError("sent " + sent + ", stored SENT " + stored + " of " + NOTIFICATIONS);
        }
        System.out.printf("BENCH %s dispatchers=%d batch=%d notifications=%d seconds=%.3f per_second=%.0f%n",
                warmUp ? "warm-up" : "result", dispatchers, BATCH, sent, nanos / 1e9, sent / (nanos / 1e9));
    }
}
