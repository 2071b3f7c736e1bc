package io.eventboard.rest.provider;

import io.eventboard.application.provider.sync.SyncEventsFromProvider;
import io.eventboard.application.provider.sync.SyncEventsFromProvider.Command;
import io.eventboard.application.provider.sync.SyncReport;
import io.eventboard.domain.common.FieldError;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/admin/sync}: runs a provider sync now and answers what it did, as the jar's
 * {@code sync-events} command does; admins only.
 */
@Controller("/api/admin/sync")
@Secured(Actors.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.ADMIN)
public class ProviderSyncController {

    private final Optional<SyncEventsFromProvider> sync;

    public ProviderSyncController(Optional<SyncEventsFromProvider> sync) {
        this.sync = sync;
    }

    @Post
    @Operation(operationId = "syncEvents", summary = "Sync events from the provider now",
            description = "Imports the events the provider changed since the last complete sync (the whole feed "
                    + "the first time), since a day (date), or all of them (all=true); upserts by the provider's "
                    + "id, so running it again is harmless. Answers once the run has ended. Admins only.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The run read the feed to its end",
            content = @Content(schema = @Schema(implementation = SyncRunView.class)))
    @ApiResponse(responseCode = "400", description = "date is not YYYY-MM-DD, or comes with all=true (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "No provider is configured (provider.not-configured), another "
            + "sync is running (provider.sync-running), or the provider's account name is taken "
            + "(provider.account-taken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "502", description = "The provider failed midway (provider.unavailable); the detail "
            + "says why and what the run did until then, which stays imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> sync(
            @Parameter(description = "Only events changed since this day (YYYY-MM-DD, from its start in UTC)")
            @Nullable @QueryValue String date,
            @Parameter(description = "true: the whole feed") @QueryValue(defaultValue = "false") boolean all) {
        if (sync.isEmpty()) {
            return Problems.status(HttpStatus.CONFLICT, "No events provider is configured: set PROVIDER_URL.",
                    "provider.not-configured");
        }
        Optional<LocalDate> day;
        try {
            day = Optional.ofNullable(date).filter(text -> !text.isBlank()).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Problems.invalid(List.of(new FieldError("date", "must be a day as YYYY-MM-DD")));
        }
        Command command = new Command(day.orElse(null), all);
        return Problems.respond(sync.get().sync(command), ProviderSyncController::answer);
    }

    private static HttpResponse<?> answer(SyncReport run) {
        if (run.completed()) {
            return HttpResponse.ok(SyncRunView.of(run));
        }
        return Problems.status(HttpStatus.BAD_GATEWAY, "The sync stopped early: " + run.interruption()
                + ". Until then: " + run.counts() + "; that stays imported.", "provider.unavailable");
    }
}
