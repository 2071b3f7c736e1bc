package io.eventboard.application.catalog.venue;

import static io.eventboard.domain.testdata.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.testing.TestBoard;
import io.eventboard.domain.catalog.CatalogRefusals;
import io.eventboard.domain.common.FieldError;
import io.eventboard.domain.common.InvalidInput;
import io.eventboard.domain.common.Page;
import io.eventboard.domain.common.PageRequest;
import io.eventboard.domain.common.Result;
import io.eventboard.domain.user.Actor;
import io.eventboard.domain.venue.Venue;
import io.eventboard.domain.venue.VenueId;
import io.eventboard.domain.venue.VenueRefusals;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class VenueUseCasesTest {

    private final TestBoard board = TestBoard.now();
    private final Actor admin = board.anAdmin();
    private final CreateVenue createVenue = new CreateVenue(board.transactions(), board.venues(), board.clock());
    private final ChangeVenue changeVenue = new ChangeVenue(board.transactions(), board.venues());
    private final DeleteVenue deleteVenue = new DeleteVenue(board.transactions(), board.venues());
    private final ListVenues listVenues = new ListVenues(board.venues());
    private final ShowVenue showVenue = new ShowVenue(board.venues());

    private Result<Venue> create(String name, String city, String address) {
        return createVenue.create(new CreateVenue.Command(admin, name, city, address, null));
    }

    private Result<Venue> change(VenueId venue, String name, String city, String address) {
        return changeVenue.change(new ChangeVenue.Command(admin, venue, name, city, address, null));
    }

    @Test
    void an_admin_creates_a_venue_with_trimmed_texts() {
        Venue venue = create(" Kulturhaus ", " Berlin ", " Main street 1 ").value();

        assertThat(venue).isEqualTo(new Venue(venue.id(), "Kulturhaus", "Berlin", "Main street 1"));
        assertThat(venue.id().value().version()).isEqualTo(7);
        assertThat(showVenue.show(venue.id()).value()).isEqualTo(venue);
        assertThat(create("Hall", "Berlin", "  ").value().address()).isNull();
        assertThat(create("Club", "Berlin", null).value().address()).isNull();
    }

    @Test
    void a_venue_is_in_utc_unless_created_in_an_iana_zone_and_its_zone_can_change() {
        Venue berlin = create("Kulturhaus", "Berlin", null).value();
        Venue madrid = createVenue.create(new CreateVenue.Command(admin, "Sala", "Madrid", null, "Europe/Madrid"))
                .value();

        assertThat(berlin.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(madrid.timeZone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        Venue moved = changeVenue.change(new ChangeVenue.Command(admin, berlin.id(), null, null, null,
                "Europe/Berlin")).value();
        assertThat(moved.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(change(berlin.id(), "Culture House", null, null).value().timeZone())
                .isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(board.venues().timeZoneOf(Optional.of(madrid.id()))).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(board.venues().timeZoneOf(Optional.empty())).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void a_name_is_taken_in_its_city_whatever_the_case_but_free_in_another_city() {
        create("Kulturhaus", "Berlin", null);

        assertThat(create("KULTURHAUS", "berlin", "elsewhere").rejection()).isEqualTo(VenueRefusals.DUPLICATE);
        assertThat(create("Kulturhaus", "Hamburg", null).isAccepted()).isTrue();
        assertThat(board.venues().all()).hasSize(2);
    }

    @Test
    void every_broken_field_is_named() {
        assertInvalid(() -> new CreateVenue.Command(admin, " ", "c".repeat(101), "a".repeat(301), "+02:00"),
                "name", "city", "address", "timeZone");
        assertInvalid(() -> new CreateVenue.Command(admin, "n".repeat(201), null, null, null), "name", "city");
        assertInvalid(() -> new ChangeVenue.Command(admin, new VenueId(UUID.randomUUID()), "", " ",
                "a".repeat(301), "Mars/Olympus"), "name", "city", "address", "timeZone");
        assertInvalid(() -> new ChangeVenue.Command(admin, new VenueId(UUID.randomUUID()), "n".repeat(201),
                "c".repeat(101), null, null), "name", "city");
        assertThatThrownBy(() -> new CreateVenue.Command(null, "n", "c", null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ChangeVenue.Command(admin, null, "n", null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DeleteVenue.Command(admin, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_change_replaces_only_the_fields_it_names_and_a_blank_address_removes_it() {
        Venue venue = create("Kulturhaus", "Berlin", "Main street 1").value();

        Venue moved = change(venue.id(), null, " Potsdam ", null).value();
        Venue renamed = change(venue.id(), "Culture House", null, "").value();

        assertThat(moved).isEqualTo(new Venue(venue.id(), "Kulturhaus", "Potsdam", "Main street 1"));
        assertThat(renamed).isEqualTo(new Venue(venue.id(), "Culture House", "Potsdam", null));
        assertThat(board.venues().findById(venue.id())).contains(renamed);
        assertThat(change(venue.id(), null, null, "Side street 2").value().address()).isEqualTo("Side street 2");
    }

    @Test
    void a_change_may_not_make_a_venue_clash_with_another() {
        create("Kulturhaus", "Berlin", null);
        Venue hamburg = create("Kulturhaus", "Hamburg", null).value();

        assertThat(change(hamburg.id(), null, "BERLIN", null).rejection()).isEqualTo(VenueRefusals.DUPLICATE);
        assertThat(change(hamburg.id(), "kulturhaus", null, null).value().name()).isEqualTo("kulturhaus");
    }

    @Test
    void only_an_admin_writes_venues() {
        Actor user = Actor.user(board.aUser());
        Venue venue = create("Kulturhaus", "Berlin", null).value();

        assertThat(createVenue.create(new CreateVenue.Command(user, "Hall", "Berlin", null, null)).rejection())
                .isEqualTo(CatalogRefusals.ADMINS_ONLY);
        assertThat(changeVenue.change(new ChangeVenue.Command(user, venue.id(), "Hall", null, null, null)).rejection())
                .isEqualTo(CatalogRefusals.ADMINS_ONLY);
        assertThat(deleteVenue.delete(new DeleteVenue.Command(user, venue.id())).rejection())
                .isEqualTo(CatalogRefusals.ADMINS_ONLY);
    }

    @Test
    void an_unknown_venue_is_not_found() {
        VenueId unknown = new VenueId(UUID.randomUUID());

        assertThat(showVenue.show(unknown).rejection()).isEqualTo(VenueRefusals.NOT_FOUND);
        assertThat(change(unknown, "x", null, null).rejection()).isEqualTo(VenueRefusals.NOT_FOUND);
        assertThat(deleteVenue.delete(new DeleteVenue.Command(admin, unknown)).rejection())
                .isEqualTo(VenueRefusals.NOT_FOUND);
    }

    @Test
    void a_venue_is_deleted_unless_events_take_place_there() {
        Venue used = create("Kulturhaus", "Berlin", null).value();
        Venue unused = create("Hall", "Berlin", null).value();
        board.given(anEvent().inVenue(used.id()));

        assertThat(deleteVenue.delete(new DeleteVenue.Command(admin, used.id())).rejection())
                .isEqualTo(VenueRefusals.IN_USE);
        assertThat(deleteVenue.delete(new DeleteVenue.Command(admin, unused.id())).value()).isEqualTo(unused);
        assertThat(board.venues().all()).containsExactly(used);
    }

    @Test
    void venues_are_listed_by_name_then_city_and_may_be_filtered_by_city_ignoring_case() {
        create("kulturhaus", "Hamburg", null);
        create("Kulturhaus", "Berlin", null);
        create("Arena", "Hamburg", null);

        Page<Venue> all = listVenues.list(null, PageRequest.first());
        Page<Venue> hamburg = listVenues.list(" hamburg ", PageRequest.first());

        assertThat(all.items()).extracting(Venue::city).containsExactly("Hamburg", "Berlin", "Hamburg");
        assertThat(all.items()).extracting(Venue::name).containsExactly("Arena", "Kulturhaus", "kulturhaus");
        assertThat(hamburg.items()).extracting(Venue::name).containsExactly("Arena", "kulturhaus");
        assertThat(hamburg.total()).isEqualTo(2);
        assertThat(listVenues.list("  ", PageRequest.first()).total()).isEqualTo(3);
    }

    private static void assertInvalid(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
    }
}
