package io.eventboard.rest.service;

import io.eventboard.application.status.JobHistory;
import io.eventboard.application.status.JobRun;
import io.eventboard.application.status.ServiceDescription;
import io.eventboard.rest.ApiDocumentation;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /}: what this service is and how its scheduler is set up (seed 002's service info). */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
@Tag(name = ApiDocumentation.SERVICE)
public class ServiceInfoController {

    /**
     * The seed's fields, plus the role of this node, every job's interval as an ISO-8601 duration and the last
     * run of each job on this node.
     */
    @Serdeable
    @Schema(name = "ServiceInfo")
    public record ServiceInfo(String service, String version, String status, String role,
                              long schedulerIntervalSeconds, Map<String, String> jobIntervals,
                              Map<String, LastRun> lastRuns) {
    }

    /** When a job last ran here, whether it succeeded, what it did (or "idle") and how long it took. */
    @Serdeable
    @Schema(name = "JobLastRun")
    public record LastRun(Instant at, boolean succeeded, String outcome, long durationMs) {
    }

    private final ServiceDescription description;
    private final JobHistory history;
    private final Map<String, String> intervals = new TreeMap<>();
    private final long shortestIntervalSeconds;

    public ServiceInfoController(ServiceDescription description, JobHistory history) {
        this.description = description;
        this.history = history;
        description.jobIntervals().forEach((job, interval) -> intervals.put(job, interval.toString()));
        this.shortestIntervalSeconds = description.jobIntervals().values().stream()
                .mapToLong(Duration::toSeconds).min().orElse(0);
    }

    @Get
    @Operation(operationId = "serviceInfo", summary = "Service information",
            description = "Name, version, status, node role, the interval of each background job (ISO-8601) and "
                    + "the last run of each job on this node.")
    @ApiResponse(responseCode = "200", description = "What this service is",
            content = @Content(schema = @Schema(implementation = ServiceInfo.class)))
    public ServiceInfo info() {
        Map<String, LastRun> lastRuns = new TreeMap<>();
        for (JobRun run : history.lastRuns()) {
            lastRuns.put(run.job(), new LastRun(run.at(), run.succeeded(), run.outcome(), run.durationMillis()));
        }
        return new ServiceInfo(description.name(), description.version(), "running", description.role(),
                shortestIntervalSeconds, intervals, lastRuns);
    }
}
