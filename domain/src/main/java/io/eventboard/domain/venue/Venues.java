package io.eventboard.domain.venue;

import io.eventboard.domain.catalog.CatalogEntries;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import java.time.ZoneId;
import java.util.Optional;

/** Port: the known venues; admins keep them through the {@link CatalogEntries} methods. */
public interface Venues extends CatalogEntries<Venue, VenueId> {

    @Override
    Optional<Venue> findById(VenueId id);

    /** The zone an event's times are read in: its venue's, or UTC for an event without a venue. */
    default ZoneId timeZoneOf(Optional<VenueId> venue) {
        return venue.flatMap(this::findById).map(Venue::timeZone).orElse(TimeZones.UTC);
    }

    /** The venue with this name in this city, created when it does not exist yet (used by provider sync). */
    Venue findOrCreate(String name, String city, String address);

    /** One page of the venues, by name then city; only those in {@code city} (ignoring case) unless it is null. */
    Page<Venue> list(String city, PageRequest page);
}
