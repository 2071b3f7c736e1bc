package io.eventboard.domain.venue;

import java.util.Optional;

/** Port: the known venues. */
public interface Venues {

    Optional<Venue> findById(VenueId id);

    /** The venue with this name in this city, created when it does not exist yet (used by provider sync). */
    Venue findOrCreate(String name, String city, String address);
}
