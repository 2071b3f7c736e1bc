package io.eventboard.rest.catalog;

import io.eventboard.application.catalog.venue.ChangeVenue;
import io.eventboard.application.catalog.venue.CreateVenue;
import io.eventboard.application.catalog.venue.DeleteVenue;
import io.eventboard.application.catalog.venue.ListVenues;
import io.eventboard.application.catalog.venue.ShowVenue;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.rest.catalog.CatalogDtos.PageView;
import io.eventboard.rest.catalog.CatalogDtos.VenueRequest;
import io.eventboard.rest.catalog.CatalogDtos.VenueView;
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
import java.net.URI;
import java.util.UUID;

/** Venues: anyone reads them (optionally those of one city), admins write them. */
@Controller("/api/venues")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
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
    public PageView<VenueView> list(@QueryValue @Nullable String city,
                                    @QueryValue(defaultValue = "1") int page,
                                    @QueryValue(defaultValue = "" + CatalogDtos.DEFAULT_PAGE_SIZE) int size) {
        return PageView.of(listVenues.list(city, new PageRequest(page, size)), VenueView::of);
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable UUID id) {
        return Problems.respond(showVenue.show(new VenueId(id)), venue -> HttpResponse.ok(VenueView.of(venue)));
    }

    @Post
    @Secured(Actors.ADMIN)
    public HttpResponse<?> create(@Body VenueRequest request, Authentication authentication) {
        return Problems.respond(createVenue.create(new CreateVenue.Command(Actors.of(authentication), request.name(),
                        request.city(), request.address())),
                venue -> HttpResponse.created(VenueView.of(venue), URI.create("/api/venues/" + venue.id())));
    }

    /** Changes the fields the body names; a blank {@code address} removes the address. */
    @Patch("/{id}")
    @Secured(Actors.ADMIN)
    public HttpResponse<?> change(@PathVariable UUID id, @Body VenueRequest request, Authentication authentication) {
        return Problems.respond(changeVenue.change(new ChangeVenue.Command(Actors.of(authentication), new VenueId(id),
                        request.name(), request.city(), request.address())),
                venue -> HttpResponse.ok(VenueView.of(venue)));
    }

    @Delete("/{id}")
    @Secured(Actors.ADMIN)
    public HttpResponse<?> delete(@PathVariable UUID id, Authentication authentication) {
        return Problems.respond(deleteVenue.delete(new DeleteVenue.Command(Actors.of(authentication), new VenueId(id))),
                venue -> HttpResponse.noContent());
    }
}
