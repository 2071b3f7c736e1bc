package io.eventboard.rest.booking;

import io.eventboard.application.booking.query.ListMyBookings;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.security.Actors;
import io.eventboard.rest.web.PageResource;
import io.eventboard.rest.web.QueryParameters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

/** The caller's own bookings, newest first. */
@Controller("/api/bookings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.BOOKINGS)
public class BookingsController {

    private final ListMyBookings listMyBookings;
    private final ParticipationMapper mapper;

    public BookingsController(ListMyBookings listMyBookings, ParticipationMapper mapper) {
        this.listMyBookings = listMyBookings;
        this.mapper = mapper;
    }

    @Get
    @Operation(operationId = "myBookings", summary = "My bookings",
            description = "The caller's bookings, active and cancelled, newest first, each with the event's title "
                    + "and start.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "One page of bookings")
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResource<BookingResource> mine(
            Authentication authentication,
            @Parameter(description = "Page number, from 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @Nullable @QueryValue String page,
            @Parameter(description = "Page size, 1-100", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "100", defaultValue = "10"))
            @Nullable @QueryValue String size) {
        return PageResource.of(listMyBookings.of(Actors.userId(authentication), QueryParameters.page(page, size)),
                mapper::toResource);
    }
}
