package io.eventboard.rest.service;

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
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /}: what this service is and how its scheduler is set up (seed 002's service info). */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
@Tag(name = ApiDocumentation.SERVICE)
public class ServiceInfoController {

    /** The seed's fields, plus the role of this node and every job's interval as an ISO-8601 duration. */
    @Serdeable
    @Schema(name = "ServiceInfo")
    public record ServiceInfo(String service, String version, String status, String role,
                              long schedulerIntervalSeconds, Map<String, String> jobIntervals) {
    }

    private final ServiceInfo info;

    public ServiceInfoController(ServiceDescription description) {
        Map<String, String> intervals = new TreeMap<>();
        description.jobIntervals().forEach((job, interval) -> intervals.put(job, interval.toString()));
        long shortest = description.jobIntervals().values().stream()
                .mapToLong(Duration::toSeconds).min().orElse(0);
        this.info = new ServiceInfo(description.name(), description.version(), "running", description.role(),
                shortest, intervals);
    }

    @Get
    @Operation(operationId = "serviceInfo", summary = "Service information",
            description = "Name, version, status, node role and the interval of each background job (ISO-8601).")
    @ApiResponse(responseCode = "200", description = "What this service is",
            content = @Content(schema = @Schema(implementation = ServiceInfo.class)))
    public ServiceInfo info() {
        return info;
    }
}
