package io.eventboard.persistence.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.Venues;
import io.eventboard.persistence.DatabaseTest;
import io.eventboard.persistence.testing.DirectSql;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresVenuesTest extends DatabaseTest {

    @Inject
    Venues venues;

    @Test
    void findOrCreateCreatesOnceAndThenFindsTheSameVenueInAnyCase() {
        Venue created = venues.findOrCreate("Kulturhaus", "Berlin", "Main street 1");

        Venue found = venues.findOrCreate("KULTURHAUS", "berlin", "Another address");

        assertThat(found).isEqualTo(created);
        assertThat(venues.findById(created.id())).contains(created);
        assertThat(DirectSql.number("SELECT count(*) FROM venues")).isEqualTo(1);
    }

    @Test
    void theSameNameInAnotherCityIsAnotherVenue() {
        Venue berlin = venues.findOrCreate("Kulturhaus", "Berlin", null);
        Venue hamburg = venues.findOrCreate("Kulturhaus", "Hamburg", null);

        assertThat(hamburg.id()).isNotEqualTo(berlin.id());
        assertThat(hamburg.address()).isNull();
    }

    @Test
    void anInvalidVenueIsRefusedBeforeItIsStored() {
        assertThatThrownBy(() -> venues.findOrCreate(" ", "Berlin", null)).isInstanceOf(InvalidInput.class);
        assertThat(venues.findById(new VenueId(UUID.randomUUID()))).isEmpty();
    }
}
