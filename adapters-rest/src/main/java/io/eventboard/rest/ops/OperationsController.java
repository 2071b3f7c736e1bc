package io.eventboard.rest.ops;

import io.eventboard.application.catalog.channel.ShowChannel;
import io.eventboard.application.event.status.ChangeEventStatus;
import io.eventboard.application.event.status.PendingStatusChanges;
import io.eventboard.application.event.sweep.AdvanceEventStatuses;
import io.eventboard.application.notification.reminders.EnqueueDueReminders;
import io.eventboard.domain.channel.ChannelId;
import io.eventboard.domain.event.EventId;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.ops.OpsDtos.EventStatusList;
import io.eventboard.rest.ops.OpsDtos.EventStatusView;
import io.eventboard.rest.ops.OpsDtos.ReminderRun;
import io.eventboard.rest.ops.OpsDtos.StatusSweep;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.RequiresScope;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;

/**
 * The operations endpoints of seeds 000 and 002, for a cron job or an external scheduler holding a service
 * token with scope {@code ops}. The built-in background jobs do the same work on their own; these let an
 * operator trigger it now, or look at what is due.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@RequiresScope(OperationsController.SCOPE)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.OPERATIONS)
public class OperationsController {

    static final String SCOPE = "ops";

    private final AdvanceEventStatuses sweep;
    private final ShowChannel showChannel;
    private final EnqueueDueReminders reminders;
    private final PendingStatusChanges pending;
    private final ChangeEventStatus changeStatus;

    public OperationsController(AdvanceEventStatuses sweep, ShowChannel showChannel, EnqueueDueReminders reminders,
                                PendingStatusChanges pending, ChangeEventStatus changeStatus) {
        this.sweep = sweep;
        this.showChannel = showChannel;
        this.reminders = reminders;
        this.pending = pending;
        this.changeStatus = changeStatus;
    }

    @Post("/channels/{channelId}/events/update-statuses")
    @Operation(operationId = "updateChannelEventStatuses", summary = "Advance the statuses of one channel's events",
            description = "Starts the channel's scheduled events whose start has come and completes its live "
                    + "events whose end has come. Needs a service token with scope ops.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "How many events moved",
            content = @Content(schema = @Schema(implementation = StatusSweep.class)))
    @ApiResponse(responseCode = "400", description = "The channel id is not a UUID (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No token, or an unknown or revoked one (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a service token with scope ops (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such channel (channel.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many calls with this token (request.rate-limited); "
            + "Retry-After says in how many seconds to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> updateChannelStatuses(@Parameter(description = "The channel's id") UUID channelId) {
        ChannelId channel = new ChannelId(channelId);
        return Problems.respond(showChannel.show(channel),
                found -> HttpResponse.ok(StatusSweep.of(sweep.sweep(Optional.of(channel)))));
    }

    @Post("/channels/events/update-all-statuses")
    @Operation(operationId = "updateAllEventStatuses", summary = "Advance the statuses of all events",
            description = "Starts every scheduled event whose start has come and completes every live event whose "
                    + "end has come. Needs a service token with scope ops.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "How many events moved",
            content = @Content(schema = @Schema(implementation = StatusSweep.class)))
    @ApiResponse(responseCode = "401", description = "No token, or an unknown or revoked one (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a service token with scope ops (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many calls with this token (request.rate-limited); "
            + "Retry-After says in how many seconds to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> updateAllStatuses() {
        return HttpResponse.ok(StatusSweep.of(sweep.sweep(Optional.empty())));
    }

    @Post("/channels/events/send-reminders")
    @Operation(operationId = "sendReminders", summary = "Queue the due reminders",
            description = "Writes a reminder for every active booking of every event starting within the reminder "
                    + "lead (REMINDER_LEAD), once per booking; the dispatcher sends them. Needs a service token "
                    + "with scope ops.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "How many bookings were reminded",
            content = @Content(schema = @Schema(implementation = ReminderRun.class)))
    @ApiResponse(responseCode = "401", description = "No token, or an unknown or revoked one (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a service token with scope ops (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many calls with this token (request.rate-limited); "
            + "Retry-After says in how many seconds to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> sendReminders() {
        return HttpResponse.ok(ReminderRun.of(reminders.enqueue()));
    }

    @Get("/events-status/pending-start")
    @Operation(operationId = "listEventsPendingStart", summary = "Events due to start",
            description = "Scheduled events whose start has come, soonest first (at most 1000). Needs a service "
                    + "token with scope ops.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The events",
            content = @Content(schema = @Schema(implementation = EventStatusList.class)))
    @ApiResponse(responseCode = "401", description = "No token, or an unknown or revoked one (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a service token with scope ops (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many calls with this token (request.rate-limited); "
            + "Retry-After says in how many seconds to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> pendingStart() {
        return HttpResponse.ok(list(PendingStatusChanges.Pending.START));
    }

    @Get("/events-status/pending-finish")
    @Operation(operationId = "listEventsPendingFinish", summary = "Events due to finish",
            description = "Live events whose end (or start plus the default duration) has come, soonest first "
                    + "(at most 1000). Needs a service token with scope ops.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The events",
            content = @Content(schema = @Schema(implementation = EventStatusList.class)))
    @ApiResponse(responseCode = "401", description = "No token, or an unknown or revoked one (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a service token with scope ops (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many calls with this token (request.rate-limited); "
            + "Retry-After says in how many seconds to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> pendingFinish() {
        return HttpResponse.ok(list(PendingStatusChanges.Pending.FINISH));
    }

    @Post("/events-status/{id}/start")
    @Operation(operationId = "startEvent", summary = "Start an event now",
            description = "Moves a scheduled event to ongoing. Needs a service token with scope ops.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The event as it is now",
            content = @Content(schema = @Schema(implementation = EventStatusView.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No token, or an unknown or revoked one (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a service token with scope ops (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The event is not scheduled (event.illegal-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many calls with this token (request.rate-limited); "
            + "Retry-After says in how many seconds to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> start(@Parameter(description = "The event's id") UUID id) {
        return move(id, ChangeEventStatus.Move.START);
    }

    @Post("/events-status/{id}/finish")
    @Operation(operationId = "finishEvent", summary = "Finish an event now",
            description = "Moves a live event to completed. Needs a service token with scope ops.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The event as it is now",
            content = @Content(schema = @Schema(implementation = EventStatusView.class)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No token, or an unknown or revoked one (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a service token with scope ops (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such event (event.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The event is not ongoing (event.illegal-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many calls with this token (request.rate-limited); "
            + "Retry-After says in how many seconds to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> finish(@Parameter(description = "The event's id") UUID id) {
        return move(id, ChangeEventStatus.Move.FINISH);
    }

    private EventStatusList list(PendingStatusChanges.Pending which) {
        return new EventStatusList(pending.list(which).stream().map(EventStatusView::of).toList());
    }

    private HttpResponse<?> move(UUID id, ChangeEventStatus.Move move) {
        return Problems.respond(changeStatus.change(new ChangeEventStatus.Command(new EventId(id), move)),
                event -> HttpResponse.ok(EventStatusView.of(event)));
    }
}
