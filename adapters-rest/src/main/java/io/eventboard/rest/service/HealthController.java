package io.eventboard.rest.service;

import io.eventboard.application.status.CheckHealth;
import io.eventboard.application.status.HealthReport;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.SerdeImport;

/** {@code GET /health}: {@code {"status": "ok"}} as in seed 002, plus each part; 503 when a part is down. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/health")
@SerdeImport(HealthReport.class)
public class HealthController {

    private final CheckHealth checkHealth;

    public HealthController(CheckHealth checkHealth) {
        this.checkHealth = checkHealth;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<HealthReport> health() {
        HealthReport report = checkHealth.check();
        return HttpResponse.status(report.isOk() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(report);
    }
}
