package io.eventboard.bootstrap.jobs;

import io.eventboard.application.event.sweep.AdvanceEventStatuses;
import io.eventboard.application.idempotency.IdempotentRequests;
import io.eventboard.application.notification.dispatch.DispatchNotifications;
import io.eventboard.application.notification.dispatch.DispatchReport;
import io.eventboard.application.notification.reminders.EnqueueDueReminders;
import io.eventboard.application.provider.sync.SyncEventsFromProvider;
import io.eventboard.application.provider.sync.SyncEventsFromProvider.Command;
import io.eventboard.application.retention.PurgeExpiredEvents;
import io.eventboard.application.status.JobHistory;
import io.eventboard.application.status.JobRun;
import io.eventboard.application.waitlist.expire.ExpireWaitlistOffers;
import io.eventboard.bootstrap.EventboardSettings;
import io.eventboard.domain.event.SweepCounts;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the background jobs on worker nodes (role {@code worker} or {@code all}). Each job runs with a fixed
 * delay, except dispatch, which runs in the {@link DispatchLoop} (woken as soon as new notifications commit),
 * so runs of one job never overlap on one node; across nodes, the use cases claim their rows with
 * {@code FOR UPDATE SKIP LOCKED}, so every unit of work is done once however many nodes run, and the provider
 * sync claims the provider in its ledger, so one node syncs at a time. Retention runs unless
 * {@code RETENTION_DAYS=0}; the provider sync only when {@code PROVIDER_URL} is set.
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
                          IdempotentRequests idempotentRequests, DispatchLoop dispatchLoop,
                          Optional<SyncEventsFromProvider> providerSync, ExpireWaitlistOffers waitlistOffers,
                          @Value("${eventboard.waitlist-offer-interval:PT1M}") Duration waitlistOfferInterval,
                          Clock clock) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.dispatchLoop = dispatchLoop;
        this.dispatchJob = new BackgroundJob<>("dispatch", settings.dispatchInterval(), () -> drain(dispatch, dispatchLoop),
                report -> report.equals(DispatchReport.NONE), clock);
        List<BackgroundJob<?>> all = new ArrayList<>(List.of(
                new BackgroundJob<>("status-sweep", settings.statusSweepInterval(),
                        () -> sweep.sweep(Optional.empty()), counts -> counts.equals(SweepCounts.NONE), clock),
                new BackgroundJob<>("reminders", settings.reminderInterval(), reminders::enqueue,
                        counts -> counts.remindersSent() + counts.remindersFailed() == 0, clock),
                dispatchJob,
                new BackgroundJob<>("idempotency-keys", settings.retentionInterval(),
                        idempotentRequests::forgetExpired, forgotten -> forgotten == 0, clock),
                new BackgroundJob<>("waitlist-offers", waitlistOfferInterval, waitlistOffers::expire,
                        expired -> expired == 0, clock)));
        if (purge.isEnabled()) {
            // a daily job: its count is always worth a line in the log, even when nothing was old enough
            all.add(new BackgroundJob<>("retention", settings.retentionInterval(),
                    () -> "deleted=" + purge.purge(), deleted -> false, clock));
        }
        providerSync.ifPresent(sync -> all.add(new BackgroundJob<>("provider-sync",
                settings.providerSyncInterval(), () -> SyncJobOutcome.of(sync.sync(Command.sinceCheckpoint())),
                SyncJobOutcome::idle, clock)));
        this.jobs = List.copyOf(all);
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
        if (jobs.stream().noneMatch(job -> job.name().equals("retention"))) {
            LOG.info("job=retention off: RETENTION_DAYS=0 keeps finished events for ever");
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
