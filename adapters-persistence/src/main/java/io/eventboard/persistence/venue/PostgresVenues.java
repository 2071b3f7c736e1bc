package io.eventboard.persistence.venue;

import io.eventboard.domain.common.Ids;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Venues in PostgreSQL; a venue is identified by name and city, regardless of case. */
@Singleton
final class PostgresVenues implements Venues {

    private final VenueRows rows;

    PostgresVenues(VenueRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Venue> findById(VenueId id) {
        return rows.findById(id.value()).map(PostgresVenues::toVenue);
    }

    /**
     * Insert-then-read rather than read-then-insert: two syncs meeting the same new venue both end up with
     * the one row the unique index let in. The id's clock only orders ids, so the wall clock is good enough.
     */
    @Override
    public Venue findOrCreate(String name, String city, String address) {
        Venue candidate = new Venue(new VenueId(Ids.timeOrdered(Instant.now())), name, city, address);
        rows.insertUnlessKnown(candidate.id().value(), candidate.name(), candidate.city(), candidate.address());
        return rows.findByNameAndCityIgnoringCase(name, city).map(PostgresVenues::toVenue).orElseThrow();
    }

    private static Venue toVenue(VenueRow row) {
        return new Venue(new VenueId(row.id()), row.name(), row.city(), row.address());
    }
}
