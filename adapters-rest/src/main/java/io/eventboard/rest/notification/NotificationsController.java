package io.eventboard.rest.notification;

import io.eventboard.application.notification.direct.DirectRecipient;
import io.eventboard.application.notification.direct.SendDirectNotification;
import io.eventboard.application.notification.inbox.ListInbox;
import io.eventboard.application.notification.inbox.MarkRead;
import io.eventboard.application.notification.retry.RetryNotification;
import io.eventboard.application.notification.show.ShowNotification;
import io.eventboard.domain.idempotency.IdempotencyKey;
import io.eventboard.domain.notification.Notification;
import io.eventboard.domain.notification.NotificationId;
import io.eventboard.domain.notification.Recipient;
import io.eventboard.domain.user.Actor;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.notification.NotificationDtos.DirectNotificationRequest;
import io.eventboard.rest.notification.NotificationDtos.NotificationAccepted;
import io.eventboard.rest.notification.NotificationDtos.NotificationResource;
import io.eventboard.rest.idempotency.IdempotentResponses;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.eventboard.rest.security.RequiresScope;
import io.eventboard.rest.web.PageResource;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * Notifications: admins send direct messages (seed 003's API) and retry failed ones; everyone reads their own
 * inbox, marks notifications read and follows a notification's delivery.
 */
@Controller("/api/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.NOTIFICATIONS)
public class NotificationsController {

    /** The schema micronaut-openapi makes of {@code PageResource<NotificationResource>}. */
    static final String NOTIFICATION_PAGE = "#/components/schemas/PageResource_NotificationResource_";

    private final DirectRecipient directRecipient;
    private final SendDirectNotification sendDirect;
    private final ListInbox listInbox;
    private final MarkRead markRead;
    private final ShowNotification showNotification;
    private final RetryNotification retryNotification;
    private final IdempotentResponses idempotent;

    public NotificationsController(DirectRecipient directRecipient, SendDirectNotification sendDirect,
                                   ListInbox listInbox, MarkRead markRead, ShowNotification showNotification,
                                   RetryNotification retryNotification, IdempotentResponses idempotent) {
        this.idempotent = idempotent;
        this.directRecipient = directRecipient;
        this.sendDirect = sendDirect;
        this.listInbox = listInbox;
        this.markRead = markRead;
        this.showNotification = showNotification;
        this.retryNotification = retryNotification;
    }

    @Post
    @RequiresScope(value = "notify", admins = true)
    @Operation(operationId = "sendNotification", summary = "Send a direct message",
            description = "Queues a message to one address on one channel; the dispatcher sends it, not before "
                    + "scheduled_at when given. Admins, or services with a token of scope notify. With an "
                    + "Idempotency-Key header a repeated request queues nothing new and answers the first notification again (within 24 hours, marked "
                    + "Idempotent-Replayed: true).")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "202", description = "Queued: the notification's id and status",
            content = @Content(schema = @Schema(implementation = NotificationAccepted.class)))
    @ApiResponse(responseCode = "400", description = "An unknown channel, a recipient the channel cannot deliver "
            + "to (a malformed email address, a non-numeric Telegram chat id, a malformed webhook URL or one into a "
            + "private network, an unknown user for in_app), a blank or long message, a long subject or "
            + "Idempotency-Key, or an unknown field (validation; 'errors' names channel, recipient, ...), or a "
            + "body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is neither an admin nor a service with scope "
            + "notify (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for another request "
            + "(idempotency.key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> send(@Body DirectNotificationRequest request, Authentication authentication,
                                @Parameter(description = "Any text of 1-200 characters naming this request: "
                                        + "repeating it with the same key answers the first notification")
                                @Nullable @Header(IdempotencyKey.HEADER) String idempotencyKey) {
        return idempotent.answer(idempotencyKey, authentication, "POST /api/notifications", request, () -> {
            Recipient recipient = directRecipient.resolve(request.channel(), request.recipient());
            Notification notification = sendDirect.send(new SendDirectNotification.Command(recipient,
                    request.subject(), request.message(), request.scheduledAt(), idempotencyKey));
            return HttpResponse.status(HttpStatus.ACCEPTED).body(NotificationAccepted.of(notification));
        });
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "myInbox", summary = "My inbox",
            description = "The caller's in-app notifications, newest first, each with its read flag.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "One page of notifications",
            content = @Content(schema = @Schema(ref = NOTIFICATION_PAGE)))
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResource<NotificationResource> inbox(
            Authentication authentication,
            @Parameter(description = "Page number, from 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @Nullable @QueryValue String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "100", defaultValue = "10"))
            @Nullable @QueryValue String size) {
        return PageResource.of(listInbox.of(Actors.userId(authentication), QueryParameters.page(page, size)),
                NotificationResource::of);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "showNotification", summary = "Show a notification",
            description = "One notification with its delivery state (status, attempts, last error). Users see "
                    + "the notifications addressed to them, admins every one.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The notification",
            content = @Content(schema = @Schema(implementation = NotificationResource.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such notification, or not the caller's "
            + "(notification.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> show(@Parameter(description = "The notification's id") UUID id,
                                Authentication authentication) {
        return Problems.respond(showNotification.show(Actors.of(authentication), new NotificationId(id)),
                view -> HttpResponse.ok(NotificationResource.of(view)));
    }

    @Post("/{id}/read")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read",
            description = "Marks one of the caller's in-app notifications read; marking it again keeps the first "
                    + "time.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The notification, read",
            content = @Content(schema = @Schema(implementation = NotificationResource.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such notification in the caller's inbox "
            + "(notification.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> markRead(@Parameter(description = "The notification's id") UUID id,
                                    Authentication authentication) {
        return Problems.respond(markRead.markRead(Actors.userId(authentication), new NotificationId(id)),
                view -> HttpResponse.ok(NotificationResource.of(view)));
    }

    @Post("/{id}/retry")
    @Secured(Actors.ADMIN)
    @Operation(operationId = "retryNotification", summary = "Retry a failed notification",
            description = "Puts a failed notification back in the queue with a fresh set of attempts. Admins "
                    + "only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The notification, queued again",
            content = @Content(schema = @Schema(implementation = NotificationResource.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such notification (notification.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The notification is not failed "
            + "(notification.illegal-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> retry(@Parameter(description = "The notification's id") UUID id,
                                 Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return Problems.respond(retryNotification.retry(actor, new NotificationId(id)),
                notification -> Problems.respond(showNotification.show(actor, notification.id()),
                        view -> HttpResponse.ok(NotificationResource.of(view))));
    }
}
