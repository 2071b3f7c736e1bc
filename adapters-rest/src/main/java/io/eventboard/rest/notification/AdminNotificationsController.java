package io.eventboard.rest.notification;

import io.eventboard.application.notification.admin.DeliveryHistory;
import io.eventboard.application.notification.admin.ListNotifications;
import io.eventboard.application.notification.admin.NotificationFilter;
import io.eventboard.domain.notification.DeliveryChannel;
import io.eventboard.domain.notification.NotificationStatus;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.notification.NotificationDtos.HourlyDeliveriesResource;
import io.eventboard.rest.notification.NotificationDtos.NotificationResource;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.eventboard.rest.web.PageResource;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** {@code /api/admin/notifications}: the whole outbox, filtered, and deliveries per hour; admins only. */
@Controller("/api/admin/notifications")
@Secured(Actors.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.ADMIN)
public class AdminNotificationsController {

    private final ListNotifications listNotifications;
    private final DeliveryHistory deliveryHistory;

    public AdminNotificationsController(ListNotifications listNotifications, DeliveryHistory deliveryHistory) {
        this.listNotifications = listNotifications;
        this.deliveryHistory = deliveryHistory;
    }

    @Get
    @Operation(operationId = "listAllNotifications", summary = "List every notification",
            description = "Every notification of every recipient, newest first, optionally of one status and one "
                    + "channel, with attempts, last error and timestamps. The total is exact up to "
                    + "LISTING_COUNT_CAP (total_exact says whether it is). Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "One page of notifications",
            content = @Content(schema = @Schema(ref = NotificationsController.NOTIFICATION_PAGE)))
    @ApiResponse(responseCode = "400", description = "An unknown status or channel, or page or size out of range "
            + "(validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> list(
            Authentication authentication,
            @Parameter(description = "Only notifications in this status", schema = @Schema(type = "string",
                    allowableValues = {"queued", "sending", "sent", "failed"}))
            @Nullable @QueryValue String status,
            @Parameter(description = "Only notifications on this channel", schema = @Schema(type = "string",
                    allowableValues = {"email", "telegram", "webhook", "log", "in_app"}))
            @Nullable @QueryValue String channel,
            @Parameter(description = "Page number, from 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @Nullable @QueryValue String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "100", defaultValue = "10"))
            @Nullable @QueryValue String size) {
        NotificationFilter filter = new NotificationFilter(
                QueryParameters.choice("status", status, NotificationStatus.class),
                QueryParameters.choice("channel", channel, DeliveryChannel.class));
        return Problems.respond(listNotifications.list(Actors.of(authentication), filter,
                QueryParameters.page(page, size)),
                notifications -> HttpResponse.ok(PageResource.of(notifications, NotificationResource::of)));
    }

    @Get("/hourly")
    @Operation(operationId = "notificationsPerHour", summary = "Deliveries per hour",
            description = "Notifications sent and failed for good in each UTC hour of the last 'hours' hours, oldest "
                    + "first, the current (unfinished) hour last; hours without any are there with zeros. Admins "
                    + "only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "One entry per hour",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = HourlyDeliveriesResource.class))))
    @ApiResponse(responseCode = "400", description = "hours is not a number from 1 to 168 (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<HourlyDeliveriesResource> perHour(
            @Parameter(description = "How many hours, 1-168", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "168", defaultValue = "24"))
            @Nullable @QueryValue String hours) {
        return deliveryHistory.lastHours(QueryParameters.integer("hours", hours, 24)).stream()
                .map(HourlyDeliveriesResource::of).toList();
    }
}
