package io.eventboard.rest.dashboard;

import io.eventboard.application.dashboard.Dashboard;
import io.eventboard.application.dashboard.ShowDashboard;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/admin/dashboard}: events per status, bookings today, deliveries in the last hour; admins only.
 * The queue by status is {@code GET /api/admin/notifications/stats}, the background jobs {@code GET /}.
 */
@Controller("/api/admin/dashboard")
@Secured(Actors.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.ADMIN)
public class DashboardController {

    /** The dashboard's figures on the wire. */
    @Serdeable
    @Schema(name = "Dashboard", description = "The figures of the operators' dashboard.")
    public record DashboardResource(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Events per status (scheduled, ongoing, "
                    + "completed, cancelled), each present") Map<String, Long> eventsByStatus,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Bookings made since today_starts_at, "
                    + "including those cancelled since", example = "42") long bookingsToday,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The start of today in the asked time zone",
                    example = "2030-01-31T00:00:00Z") Instant todayStartsAt,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Notifications sent in the last hour",
                    example = "310") long sentLastHour,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Notifications that failed for good in the "
                    + "last hour", example = "1") long failedLastHour,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "When the figures were read") Instant at) {

        static DashboardResource of(Dashboard dashboard) {
            Map<String, Long> byStatus = new TreeMap<>();
            dashboard.eventsByStatus().forEach((status, count) -> byStatus.put(status.name().toLowerCase(Locale.ROOT),
                    count));
            return new DashboardResource(byStatus, dashboard.bookingsToday(), dashboard.todayStartsAt(),
                    dashboard.sentLastHour(), dashboard.failedLastHour(), dashboard.at());
        }
    }

    private final ShowDashboard showDashboard;

    public DashboardController(ShowDashboard showDashboard) {
        this.showDashboard = showDashboard;
    }

    @Get
    @Operation(operationId = "dashboard", summary = "Dashboard figures",
            description = "Events per status, bookings made today (in the given time zone, UTC by default) and "
                    + "notifications sent and failed in the last hour. Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = DashboardResource.class)))
    @ApiResponse(responseCode = "400", description = "An unknown time zone (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DashboardResource dashboard(
            @Parameter(description = "An IANA time zone such as Europe/Berlin; says when today began (UTC when "
                    + "absent)", example = "Europe/Berlin")
            @Nullable @QueryValue("time_zone") String timeZone) {
        return DashboardResource.of(showDashboard.show(zone(timeZone)));
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw InvalidInput.of("time_zone", "must be a time zone such as Europe/Berlin or UTC");
        }
    }
}
