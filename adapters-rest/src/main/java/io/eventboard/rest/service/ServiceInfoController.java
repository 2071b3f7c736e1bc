package io.eventboard.rest.service;

import io.eventboard.application.provider.status.ProviderStatus;
import io.eventboard.application.provider.status.ShowProviderStatus;
import io.eventboard.application.status.JobHistory;
import io.eventboard.application.status.JobRun;
import io.eventboard.application.status.ServiceDescription;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.provider.SyncRunView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@code GET /}: what this service is and how its scheduler is set up (seed 002's service info). */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.SERVICE)
public class ServiceInfoController {

    /**
     * The seed's fields, plus the role of this node, every job's interval as an ISO-8601 duration, the last
     * run of each job on this node and, when a provider is configured, the provider's state.
     */
    @Serdeable
    @Schema(name = "ServiceInfo")
    public record ServiceInfo(String service, String version, String status, String role,
                              long schedulerIntervalSeconds, Map<String, String> jobIntervals,
                              Map<String, LastRun> lastRuns,
                              @Schema(description = "Absent when no events provider is configured")
                              @Nullable ProviderInfo provider) {
    }

    /** The events provider: its circuit breaker on this node and its last sync on any node. */
    @Serdeable
    @Schema(name = "ProviderInfo")
    public record ProviderInfo(@Schema(example = "events-provider") String name,
                               @Schema(type = "string", allowableValues = {"closed", "open", "half-open"})
                               String circuitBreaker,
                               @Schema(description = "Absent before the first sync") @Nullable SyncRunView lastSync) {

        static ProviderInfo of(ProviderStatus status) {
            return new ProviderInfo(status.provider(),
                    status.circuit().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    status.lastSync().map(SyncRunView::of).orElse(null));
        }
    }

    /** When a job last ran here, whether it succeeded, what it did (or "idle") and how long it took. */
    @Serdeable
    @Schema(name = "JobLastRun")
    public record LastRun(Instant at, boolean succeeded, String outcome, long durationMs) {
    }

    private final ServiceDescription description;
    private final JobHistory history;
    private final Optional<ShowProviderStatus> providerStatus;
    private final Map<String, String> intervals = new TreeMap<>();
    private final long shortestIntervalSeconds;

    public ServiceInfoController(ServiceDescription description, JobHistory history,
                                 Optional<ShowProviderStatus> providerStatus) {
        this.description = description;
        this.history = history;
        this.providerStatus = providerStatus;
        description.jobIntervals().forEach((job, interval) -> intervals.put(job, interval.toString()));
        this.shortestIntervalSeconds = description.jobIntervals().values().stream()
                .mapToLong(Duration::toSeconds).min().orElse(0);
    }

    @Get
    @Operation(operationId = "serviceInfo", summary = "Service information",
            description = "Name, version, status, node role, the interval of each background job (ISO-8601), "
                    + "the last run of each job on this node, and the events provider's circuit breaker (on this "
                    + "node) and last sync (on any node).")
    @ApiResponse(responseCode = "200", description = "What this service is",
            content = @Content(schema = @Schema(implementation = ServiceInfo.class)))
    public ServiceInfo info() {
        Map<String, LastRun> lastRuns = new TreeMap<>();
        for (JobRun run : history.lastRuns()) {
            lastRuns.put(run.job(), new LastRun(run.at(), run.succeeded(), run.outcome(), run.durationMillis()));
        }
        return new ServiceInfo(description.name(), description.version(), "running", description.role(),
                shortestIntervalSeconds, intervals, lastRuns,
                providerStatus.map(status -> ProviderInfo.of(status.show())).orElse(null));
    }
}
