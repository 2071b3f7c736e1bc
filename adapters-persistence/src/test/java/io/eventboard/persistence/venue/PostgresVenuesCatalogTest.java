package io.eventboard.persistence.venue;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.catalog.NameTaken;
import io.eventboard.domain.catalog.StillReferenced;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Transactions;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.Given;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What admins do to venues, on PostgreSQL: the unique index on (lower(name), lower(city)), the events' key. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresVenuesCatalogTest extends DatabaseTest {

    @Inject
    Venues venues;
    @Inject
    Transactions transactions;
    @Inject
    Given given;

    private Venue added(String name, String city, String address) {
        Venue venue = new Venue(new VenueId(UUID.randomUUID()), name, city, address);
        venues.add(venue);
        return venue;
    }

    @Test
    void anAddedVenueIsFoundAndLockedByItsId() {
        Venue venue = added("Kulturhaus", "Berlin", "Main street 1");

        assertThat(venues.findById(venue.id())).contains(venue);
        assertThat(transactions.inTransaction(() -> venues.lockById(venue.id()))).contains(venue);
        assertThat(transactions.inTransaction(() -> venues.lockById(new VenueId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void aVenueKeepsItsTimeZoneAndAVenueFoundOrCreatedBySyncIsInUtc() {
        Venue madrid = new Venue(new VenueId(UUID.randomUUID()), "Sala", "Madrid", null, ZoneId.of("Europe/Madrid"));
        venues.add(madrid);
        Venue canaries = new Venue(madrid.id(), "Sala", "Madrid", null, ZoneId.of("Atlantic/Canary"));

        assertThat(venues.findById(madrid.id())).contains(madrid);
        venues.update(canaries);
        assertThat(venues.findById(madrid.id())).contains(canaries);
        assertThat(venues.list("Madrid", new PageRequest(1, 10)).items()).containsExactly(canaries);
        assertThat(venues.findOrCreate("Loft", "Lisbon", null).timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void aNameIsTakenInItsCityByAnotherVenueWhateverTheCase() {
        Venue berlin = added("Kulturhaus", "Berlin", null);

        assertThat(venues.nameTaken(new Venue(new VenueId(UUID.randomUUID()), "KULTURHAUS", "berlin", null)))
                .isTrue();
        assertThat(venues.nameTaken(new Venue(berlin.id(), "kulturhaus", "BERLIN", null))).isFalse();
        assertThat(venues.nameTaken(new Venue(new VenueId(UUID.randomUUID()), "Kulturhaus", "Hamburg", null)))
                .isFalse();
    }

    @Test
    void theUniqueIndexRefusesATakenNameInTheSameCityAsNameTaken() {
        added("Kulturhaus", "Berlin", null);
        Venue hamburg = added("Kulturhaus", "Hamburg", null);

        assertThatThrownBy(() -> added("kulturhaus", "BERLIN", null)).isInstanceOf(NameTaken.class);
        assertThatThrownBy(() -> venues.update(new Venue(hamburg.id(), "Kulturhaus", "berlin", null)))
                .isInstanceOf(NameTaken.class);

        Venue moved = new Venue(hamburg.id(), "Culture House", "Berlin", "Side street 2");
        venues.update(moved);
        assertThat(venues.findById(hamburg.id())).contains(moved);
    }

    @Test
    void aVenueIsInUseWhileEventsTakePlaceThereAndTheForeignKeyKeepsIt() {
        Venue used = added("Kulturhaus", "Berlin", null);
        Venue unused = added("Hall", "Berlin", null);
        given.event(anEvent().inVenue(used.id()));

        assertThat(venues.inUse(used.id())).isTrue();
        assertThat(venues.inUse(unused.id())).isFalse();
        assertThatThrownBy(() -> venues.delete(used.id())).isInstanceOf(StillReferenced.class);
        assertThat(venues.findById(used.id())).contains(used);

        venues.delete(unused.id());
        assertThat(venues.findById(unused.id())).isEmpty();
    }

    @Test
    void venuesAreListedByNameThenCityAndFilteredByCityIgnoringCase() {
        added("kulturhaus", "Hamburg", null);
        added("Kulturhaus", "Berlin", null);
        added("Arena", "Hamburg", "Harbour 1");

        Page<Venue> all = venues.list(null, PageRequest.first());
        Page<Venue> hamburg = venues.list("HAMBURG", new PageRequest(1, 1));

        assertThat(all.items()).extracting(Venue::name).containsExactly("Arena", "Kulturhaus", "kulturhaus");
        assertThat(all.total()).isEqualTo(3);
        assertThat(hamburg.items()).extracting(Venue::name).containsExactly("Arena");
        assertThat(hamburg.items().get(0).address()).isEqualTo("Harbour 1");
        assertThat(hamburg.total()).isEqualTo(2);
        assertThat(venues.list("Paris", PageRequest.first()).items()).isEmpty();
    }
}
