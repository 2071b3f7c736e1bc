package io.eventboard.bootstrap.jobs;

import io.eventboard.domain.notification.OutboxSignal;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
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
 *
 * <p>When the node shuts down, the loop stops at the {@link ShutdownEvent}, before any bean is destroyed: the round
 * in flight sends its batch and records the outcomes while the HTTP clients and the connection pool still work,
 * and no further batch is claimed ({@link #stopRequested()}). Stopped later, in bean destruction, a round would
 * lose its outcomes and leave its batch claimed, to be sent again by another node once the lease expired.
 */
@Singleton
public class DispatchLoop implements OutboxSignal, ApplicationEventListener<ShutdownEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchLoop.class);
    /** How long a stopping node lets the round in flight finish before it interrupts it. */
    static final Duration GRACE = Duration.ofSeconds(20);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private boolean pending;
    private volatile boolean running;
    private volatile boolean stopRequested;
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

    /** True once the node began to stop: a round in flight finishes its batch but claims no further one. */
    public boolean stopRequested() {
        return stopRequested;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        stop();
    }

    @PreDestroy
    public synchronized void stop() {
        stopRequested = true;
        running = false;
        if (thread == null) {
            return;
        }
        wake();
        try {
            thread.join(GRACE.toMillis());
            if (thread.isAlive()) {
                LOG.warn("job=dispatch still running after {}: interrupting it; its unrecorded notifications are "
                        + "sent again once their lease expires", GRACE);
                thread.interrupt();
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        LOG.info("job=dispatch stopped");
    }

    private void wake() {
        lock.lock();
        try {
            signalled.signalAll();
        } finally {
            lock.unlock();
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
