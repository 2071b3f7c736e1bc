package io.eventboard.application.testing;

import io.eventboard.domain.catalog.NameTaken;
import io.eventboard.domain.catalog.StillReferenced;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Venues} over the in-memory database; a venue is found again by name and city (ignoring case). Name and
 * city are unique together and events keep their venue, as PostgreSQL's unique index and foreign key do: a clash
 * throws {@link NameTaken}, deleting a venue that events take place at throws {@link StillReferenced}.
 */
public final class InMemoryVenues implements Venues {

    private static final Comparator<Venue> BY_NAME_THEN_CITY = Comparator
            .comparing((Venue venue) -> venue.name().toLowerCase(Locale.ROOT))
            .thenComparing(venue -> venue.city().toLowerCase(Locale.ROOT));

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

    @Override
    public Optional<Venue> lockById(VenueId id) {
        return db.write("Venues.lockById", t -> Optional.ofNullable(t.venues.get(id)));
    }

    @Override
    public boolean nameTaken(Venue venue) {
        return db.read(t -> taken(t, venue));
    }

    @Override
    public void add(Venue venue) {
        db.change("Venues.add", t -> {
            if (t.venues.containsKey(venue.id())) {
                throw new IllegalStateException("primary key violated: venue " + venue.id() + " exists");
            }
            if (taken(t, venue)) {
                throw new NameTaken("venue '" + venue.name() + "' in " + venue.city());
            }
            t.venues.put(venue.id(), venue);
        });
    }

    @Override
    public void update(Venue venue) {
        db.change("Venues.update", t -> {
            if (!t.venues.containsKey(venue.id())) {
                return;
            }
            if (taken(t, venue)) {
                throw new NameTaken("venue '" + venue.name() + "' in " + venue.city());
            }
            t.venues.put(venue.id(), venue);
        });
    }

    @Override
    public boolean inUse(VenueId id) {
        return db.read(t -> used(t, id));
    }

    @Override
    public void delete(VenueId id) {
        db.change("Venues.delete", t -> {
            if (used(t, id)) {
                throw new StillReferenced("venue " + id);
            }
            t.venues.remove(id);
        });
    }

    @Override
    public Page<Venue> list(String city, PageRequest page) {
        return db.read(t -> InMemoryPages.of(t.venues.values().stream()
                .filter(venue -> city == null || venue.city().equalsIgnoreCase(city))
                .sorted(BY_NAME_THEN_CITY).toList(), page));
    }

    // ---- for tests ----

    public List<Venue> all() {
        return db.read(t -> List.copyOf(t.venues.values()));
    }

    private static boolean taken(InMemoryDatabase.Tables t, Venue venue) {
        return t.venues.values().stream().anyMatch(other -> !other.id().equals(venue.id())
                && other.name().equalsIgnoreCase(venue.name()) && other.city().equalsIgnoreCase(venue.city()));
    }

    private static boolean used(InMemoryDatabase.Tables t, VenueId id) {
        return t.events.values().stream().anyMatch(event -> event.details().venueId().filter(id::equals).isPresent());
    }
}
