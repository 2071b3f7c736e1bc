package io.eventboard.application.testing;

import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Venues} over the in-memory database; a venue is found again by name and city (ignoring case). */
public final class InMemoryVenues implements Venues {

    private final InMemoryDatabase db;

    public InMemoryVenues(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Venue> findById(VenueId id) {
        return db.read(t -> Optional.ofNullable(t.venues.get(id)));
    }

    @Override
    public Venue findOrCreate(String name, String city, String address) {
        return db.write("Venues.findOrCreate", t -> t.venues.values().stream()
                .filter(venue -> venue.name().equalsIgnoreCase(name) && venue.city().equalsIgnoreCase(city))
                .findFirst()
                .orElseGet(() -> {
                    Venue created = new Venue(new VenueId(UUID.randomUUID()), name, city, address);
                    t.venues.put(created.id(), created);
                    return created;
                }));
    }

    // ---- for tests ----

    public List<Venue> all() {
        return db.read(t -> List.copyOf(t.venues.values()));
    }
}
