package io.eventboard.application.catalog.venue;

import io.eventboard.domain.common.Result;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.VenueRefusals;
import io.eventboard.domain.venue.Venues;

/** Anyone looks up one venue. */
public final class ShowVenue {

    private final Venues venues;

    public ShowVenue(Venues venues) {
        this.venues = venues;
    }

    public Result<Venue> show(VenueId id) {
        return venues.findById(id).map(Result::accepted).orElseGet(() -> Result.rejected(VenueRefusals.NOT_FOUND));
    }
}
