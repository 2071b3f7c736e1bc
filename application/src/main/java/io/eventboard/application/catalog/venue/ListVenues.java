package io.eventboard.application.catalog.venue;

import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.Venues;

/** Anyone browses the venues, by name then city, optionally only those of one city. */
public final class ListVenues {

    private final Venues venues;

    public ListVenues(Venues venues) {
        this.venues = venues;
    }

    /** {@code city} is matched ignoring case and surrounding blanks; null or blank means every city. */
    public Page<Venue> list(String city, PageRequest page) {
        String wanted = VenueTexts.blankToNull(VenueTexts.strip(city));
        return venues.list(wanted, page);
    }
}
