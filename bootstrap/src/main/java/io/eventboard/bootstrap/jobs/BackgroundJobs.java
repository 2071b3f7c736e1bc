package io.eventboard.bootstrap.jobs;

import io.eventboard.application.event.sweep.AdvanceEventStatuses;
import io.eventboard.application.idempotency.IdempotentRequests;
import io.eventboard.application.notification.dispatch.DispatchNotifications;
import io.eventboard.application.notification.dispatch.DispatchReport;
import io.eventboard.application.notification.reminders.EnqueueDueReminders;
import io.eventboard.application.retention.PurgeExpiredEvents;
import io.eventboard.application.status.JobHistory;
import io.eventboard.application.status.JobRun;
import io.eventboard.bootstrap.EventboardSettings;
import io.eventboard.domain.event.SweepCounts;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the background jobs on worker nodes (role {@code worker} or {@code all}). Each job runs with a fixed
 * delay, except dispatch, which runs in the {@link DispatchLoop} (woken as soon as new notifications commit),
 * so runs of one job never overlap on one node; across nodes, the use cases claim their rows with
 * {@code FOR UPDATE SKIP LOCKED}, so every unit of work is done once however many nodes run.
 */
@Singleton
public class BackgroundJobs implements ApplicationEventListener<ServerStartupEvent>, JobHistory {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    private final List<BackgroundJob<?>> jobs;
    private final TaskScheduler scheduler;
    private final EventboardSettings settings;
    private final DispatchLoop dispatchLoop;
    private final BackgroundJob<DispatchReport> dispatchJob;

    public BackgroundJobs(EventboardSettings settings, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                          AdvanceEventStatuses sweep, EnqueueDueReminders reminders,
                          DispatchNotifications dispatch, PurgeExpiredEvents purge,
                          IdempotentRequests idempotentRequests, DispatchLoop dispatchLoop, Clock clock) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.dispatchLoop = dispatchLoop;
        this.dispatchJob = new BackgroundJob<>("dispatch", settings.dispatchInterval(), () -> drain(dispatch, dispatchLoop),
                report -> report.equals(DispatchReport.NONE), clock);
        this.jobs = List.of(
                new BackgroundJob<>("status-sweep", settings.statusSweepInterval(),
                        () -> sweep.sweep(Optional.empty()), counts -> counts.equals(SweepCounts.NONE), clock),
                new BackgroundJob<>("reminders", settings.reminderInterval(), reminders::enqueue,
                        counts -> counts.remindersSent() + counts.remindersFailed() == 0, clock),
                dispatchJob,
                new BackgroundJob<>("retention", settings.retentionInterval(), purge::purge,
                        deleted -> deleted == 0, clock),
                new BackgroundJob<>("idempotency-keys", settings.retentionInterval(),
                        idempotentRequests::forgetExpired, forgotten -> forgotten == 0, clock));
    }

    public List<BackgroundJob<?>> jobs() {
        return jobs;
    }

    @Override
    public List<JobRun> lastRuns() {
        return jobs.stream().map(BackgroundJob::lastRun).flatMap(Optional::stream).toList();
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!settings.runsJobs()) {
            LOG.info("role={}: background jobs are off on this node", settings.role());
            return;
        }
        for (BackgroundJob<?> job : jobs) {
            if (job == dispatchJob) {
                dispatchLoop.start(job);
                continue;
            }
            scheduler.scheduleWithFixedDelay(job.interval(), job.interval(), job::runOnce);
            LOG.info("job={} scheduled every {}", job.name(), job.interval());
        }
    }

    /**
     * Sends batches until the queue holds nothing due, so a burst does not wait one interval per batch; a node that
     * is stopping finishes the batch in flight and claims no further one.
     */
    private static DispatchReport drain(DispatchNotifications dispatch, DispatchLoop loop) {
        DispatchReport total = DispatchReport.NONE;
        DispatchReport round;
        do {
            round = dispatch.dispatchOnce();
            total = new DispatchReport(total.claimed() + round.claimed(), total.sent() + round.sent(),
                    total.retried() + round.retried(), total.failed() + round.failed(),
                    total.leasesExpired() + round.leasesExpired());
        } while (round.claimed() > 0 && !loop.stopRequested());
        return total;
    }
}
