package io.eventboard.rest.notification;

import io.eventboard.application.notification.preferences.ChangePreferences;
import io.eventboard.application.notification.preferences.ShowPreferences;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.notification.NotificationDtos.PreferencesBody;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/me/notification-preferences}: the channels the caller hears on. */
@Controller("/api/me/notification-preferences")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.NOTIFICATIONS)
public class NotificationPreferencesController {

    private final ShowPreferences showPreferences;
    private final ChangePreferences changePreferences;

    public NotificationPreferencesController(ShowPreferences showPreferences, ChangePreferences changePreferences) {
        this.showPreferences = showPreferences;
        this.changePreferences = changePreferences;
    }

    @Get
    @Operation(operationId = "showNotificationPreferences", summary = "My notification preferences",
            description = "The external channels the caller hears on; all off until they choose.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The caller's preferences",
            content = @Content(schema = @Schema(implementation = PreferencesBody.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "The account was deleted after the token was issued "
            + "(account.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> show(Authentication authentication) {
        return Problems.respond(showPreferences.show(Actors.userId(authentication)),
                preferences -> HttpResponse.ok(PreferencesBody.of(preferences)));
    }

    @Put
    @Operation(operationId = "changeNotificationPreferences", summary = "Change my notification preferences",
            description = "Replaces the caller's preferences: email_enabled sends to the account's email "
                    + "address, telegram_chat_id to a Telegram chat, webhook_url to a public http(s) URL; null or "
                    + "absent turns a channel off. The in-app inbox is always on; with no external channel on, "
                    + "notices go to the server log.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The caller's preferences as they are now",
            content = @Content(schema = @Schema(implementation = PreferencesBody.class)))
    @ApiResponse(responseCode = "400", description = "A chat id that is neither numeric nor an @channel, a webhook "
            + "URL that is malformed, not http(s) or points into a private network, or an unknown or mistyped "
            + "field (validation), or a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "The account was deleted after the token was issued "
            + "(account.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> change(@Body PreferencesBody body, Authentication authentication) {
        return Problems.respond(changePreferences.change(new ChangePreferences.Command(Actors.userId(authentication),
                body.toPreferences())), preferences -> HttpResponse.ok(PreferencesBody.of(preferences)));
    }
}
