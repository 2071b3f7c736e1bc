package io.eventboard.rest.service;

import io.eventboard.application.status.CheckHealth;
import io.eventboard.application.status.HealthReport;
import io.eventboard.rest.ApiDocumentation;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /health}: {@code {"status": "ok"}} as in seed 002, plus each part; 503 when a part is down. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/health")
@SerdeImport(HealthReport.class)
@Tag(name = ApiDocumentation.SERVICE)
public class HealthController {

    private final CheckHealth checkHealth;

    public HealthController(CheckHealth checkHealth) {
        this.checkHealth = checkHealth;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "health", summary = "Health",
            description = "{\"status\": \"ok\", \"components\": {\"database\": \"up\"}} when every part is up.")
    @ApiResponse(responseCode = "200", description = "Every part is up",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    @ApiResponse(responseCode = "503", description = "A part is down; the body says which",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    public HttpResponse<HealthReport> health() {
        HealthReport report = checkHealth.check();
        return HttpResponse.status(report.isOk() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(report);
    }
}
