package io.eventboard.bootstrap.jobs;

import io.eventboard.domain.notification.OutboxSignal;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher of this node: one daemon thread that runs a dispatch job, then waits until either the poll
 * interval passes or a committed transaction signals new notifications ({@link OutboxSignal}), whichever comes
 * first. One thread means one node never runs two dispatch rounds at once; a signal that arrives while a round
 * runs is kept, so the next round starts right after. Started only on worker nodes (see {@link BackgroundJobs}).
 */
@Singleton
public class DispatchLoop implements OutboxSignal {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchLoop.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private boolean pending;
    private volatile boolean running;
    private Thread thread;

    @Override
    public void enqueued() {
        lock.lock();
        try {
            pending = true;
            signalled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Starts the loop for the job, polling every {@code job.interval()} when no signal comes. */
    public synchronized void start(BackgroundJob<?> job) {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(() -> loop(job), "dispatcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("job={} runs continuously: woken by new notifications, else every {}", job.name(), job.interval());
    }

    @PreDestroy
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private void loop(BackgroundJob<?> job) {
        while (running) {
            job.runOnce();
            try {
                awaitSignal(job.interval());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void awaitSignal(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (!pending && nanos > 0 && running) {
                nanos = signalled.awaitNanos(nanos);
            }
            pending = false;
        } finally {
            lock.unlock();
        }
    }
}
