package io.eventboard.rest.catalog;

import io.eventboard.application.catalog.venue.ChangeVenue;
import io.eventboard.application.catalog.venue.CreateVenue;
import io.eventboard.application.catalog.venue.DeleteVenue;
import io.eventboard.application.catalog.venue.ListVenues;
import io.eventboard.application.catalog.venue.ShowVenue;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.rest.ApiDocumentation;
import io.eventboard.rest.catalog.CatalogDtos.PageView;
import io.eventboard.rest.catalog.CatalogDtos.VenueRequest;
import io.eventboard.rest.catalog.CatalogDtos.VenueView;
import io.eventboard.rest.problem.Problem;
import io.eventboard.rest.problem.Problems;
import io.eventboard.rest.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;

/** Venues: anyone reads them (optionally those of one city), admins write them. */
@Controller("/api/venues")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDocumentation.CATALOG)
public class VenueController {

    private final ListVenues listVenues;
    private final ShowVenue showVenue;
    private final CreateVenue createVenue;
    private final ChangeVenue changeVenue;
    private final DeleteVenue deleteVenue;

    public VenueController(ListVenues listVenues, ShowVenue showVenue, CreateVenue createVenue,
                           ChangeVenue changeVenue, DeleteVenue deleteVenue) {
        this.listVenues = listVenues;
        this.showVenue = showVenue;
        this.createVenue = createVenue;
        this.changeVenue = changeVenue;
        this.deleteVenue = deleteVenue;
    }

    /** By name then city, ignoring case; {@code city} filters ignoring case; {@code size} defaults to 100. */
    @Get
    @Operation(operationId = "listVenues", summary = "List venues",
            description = "Every venue, or those of one city, by name then city ignoring case, a page at a "
                    + "time; size defaults to 100, the largest page. Anyone may read venues.")
    @ApiResponse(responseCode = "200", description = "One page of venues")
    @ApiResponse(responseCode = "400", description = "page or size out of range, or not a number (validation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<VenueView> list(
            @Parameter(description = "Only venues in this city, ignoring case", example = "Berlin")
            @QueryValue @Nullable String city,
            @Parameter(description = "Page number, from 1") @QueryValue(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1-100")
            @QueryValue(defaultValue = "" + CatalogDtos.DEFAULT_PAGE_SIZE) int size) {
        return PageView.of(listVenues.list(city, new PageRequest(page, size)), VenueView::of);
    }

    @Get("/{id}")
    @Operation(operationId = "showVenue", summary = "Show a venue", description = "One venue, by id.")
    @ApiResponse(responseCode = "200", description = "The venue",
            content = @Content(schema = @Schema(implementation = VenueView.class)))
    @ApiResponse(responseCode = "404", description = "No such venue (venue.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> show(@Parameter(description = "The venue's id") @PathVariable UUID id) {
        return Problems.respond(showVenue.show(new VenueId(id)), venue -> HttpResponse.ok(VenueView.of(venue)));
    }

    @Post
    @Secured(Actors.ADMIN)
    @Operation(operationId = "createVenue", summary = "Create a venue",
            description = "Admins only. name (1-200 characters) and city (1-100) are required, address (at "
                    + "most 300) and time_zone (an IANA time zone such as Europe/Madrid, default UTC) are optional; "
                    + "the name is unique in its city, ignoring case.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "201", description = "The new venue",
            headers = @Header(name = "Location", description = "/api/venues/{id} of the new venue",
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = VenueView.class)))
    @ApiResponse(responseCode = "400", description = "A missing, invalid, unknown or mistyped field (validation), or "
            + "a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A venue of that name exists already in that city, ignoring "
            + "case (venue.duplicate)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> create(@Body VenueRequest request, Authentication authentication) {
        return Problems.respond(createVenue.create(new CreateVenue.Command(Actors.of(authentication), request.name(),
                        request.city(), request.address(), request.timeZone())),
                venue -> HttpResponse.created(VenueView.of(venue), URI.create("/api/venues/" + venue.id())));
    }

    /** Changes the fields the body names; a blank {@code address} removes the address. */
    @Patch("/{id}")
    @Secured(Actors.ADMIN)
    @Operation(operationId = "changeVenue", summary = "Change a venue",
            description = "Admins only. Changes the fields the body names; a blank address removes the "
                    + "address, time_zone moves the venue's events to another IANA time zone (their UTC instants "
                    + "stay). The name stays unique in its city, ignoring case.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "200", description = "The venue as it is now",
            content = @Content(schema = @Schema(implementation = VenueView.class)))
    @ApiResponse(responseCode = "400", description = "A missing, invalid, unknown or mistyped field (validation), or "
            + "a body that is not JSON (request.malformed-json)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such venue (venue.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A venue of that name exists already in that city, ignoring "
            + "case (venue.duplicate)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> change(@Parameter(description = "The venue's id") @PathVariable UUID id,
                                  @Body VenueRequest request, Authentication authentication) {
        return Problems.respond(changeVenue.change(new ChangeVenue.Command(Actors.of(authentication), new VenueId(id),
                        request.name(), request.city(), request.address(), request.timeZone())),
                venue -> HttpResponse.ok(VenueView.of(venue)));
    }

    @Delete("/{id}")
    @Secured(Actors.ADMIN)
    @Operation(operationId = "deleteVenue", summary = "Delete a venue",
            description = "Admins only. A venue that events still take place at cannot be deleted.")
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @ApiResponse(responseCode = "204", description = "The venue is gone")
    @ApiResponse(responseCode = "401", description = "No valid access token (auth.unauthenticated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an admin (auth.forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such venue (venue.not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Events still take place at the venue (venue.in-use)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> delete(@Parameter(description = "The venue's id") @PathVariable UUID id,
                                  Authentication authentication) {
        return Problems.respond(deleteVenue.delete(new DeleteVenue.Command(Actors.of(authentication), new VenueId(id))),
                venue -> HttpResponse.noContent());
    }
}
