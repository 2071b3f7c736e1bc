package io.eventboard.rest.dispatch;

import io.eventboard.application.notification.dispatch.DispatchStatistics;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.security.Actors;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/admin/notifications/stats}: the outbox and the dispatcher in numbers; admins only. */
@Controller("/api/admin/notifications/stats")
@Secured(Actors.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.ADMIN)
public class NotificationStatsController {

    private final DispatchStatistics statistics;

    public NotificationStatsController(DispatchStatistics statistics) {
        this.statistics = statistics;
    }

    @Get
    @Operation(operationId = "notificationStats", summary = "Notification statistics",
            description = "Notifications in the outbox by status (all nodes; refreshed at most every 5 seconds) and "
                    + "sent, failed and retried per channel since this node started: the numbers of the "
                    + "eventboard_notifications_* metrics at GET /prometheus. Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The numbers",
            content = @Content(schema = @Schema(implementation = NotificationStats.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationStats stats() {
        return NotificationStats.of(statistics.snapshot());
    }
}
