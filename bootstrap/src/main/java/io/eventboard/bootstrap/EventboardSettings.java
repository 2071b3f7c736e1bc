package io.eventboard.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Every setting of Eventboard's rules and jobs, read from {@code eventboard.*} in application.yml, where each
 * one is bound to its environment variable (see the settings table in README.md).
 */
@ConfigurationProperties("eventboard")
public record EventboardSettings(
        String role,
        Duration editWindow,
        Duration defaultEventDuration,
        Duration reminderLead,
        Duration statusSweepInterval,
        Duration reminderInterval,
        Duration dispatchInterval,
        int dispatchBatchSize,
        int dispatchConcurrency,
        int notifyMaxAttempts,
        Duration notifyRetryBaseDelay,
        Duration notifyRetryMaxDelay,
        Duration notifyLease,
        int retentionDays,
        Duration retentionInterval,
        int sweepBatchSize,
        Duration providerSyncInterval) {

    public boolean runsJobs() {
        return !"api".equalsIgnoreCase(role);
    }
}
