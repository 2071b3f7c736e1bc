package io.eventboard.bootstrap.http.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.catalog.CatalogApi.Answer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /api/venues}: anyone reads (optionally one city's), admins write; refusals are problem documents. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenuesHttpTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    private CatalogApi api;
    private CatalogApi.Tokens tokens;

    @BeforeAll
    void accounts() {
        api = new CatalogApi(client, json);
        tokens = api.freshDatabaseWithAccounts();
    }

    @BeforeEach
    void noVenues() {
        api.emptyCatalog();
    }

    private static Map<String, Object> venue(String name, String city, String address) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("city", city);
        if (address != null) {
            body.put("address", address);
        }
        return body;
    }

    private UUID venue(String name, String city) {
        return api.created("/api/venues", venue(name, city, null), tokens.admin());
    }

    @Test
    void anyoneListsTheVenuesByNameThenCityAndMayAskForOneCity() {
        venue("kulturhaus", "Hamburg");
        venue("Kulturhaus", "Berlin");
        venue("Arena", "Hamburg");

        Answer all = api.get("/api/venues");
        Answer hamburg = api.get("/api/venues?city=HAMBURG&size=1");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).containsEntry("page", 1).containsEntry("size", 100).containsEntry("total", 3);
        assertThat(all.items()).extracting(item -> item.get("name") + "/" + item.get("city"))
                .containsExactly("Arena/Hamburg", "Kulturhaus/Berlin", "kulturhaus/Hamburg");
        assertThat(all.items().get(0)).containsOnlyKeys("id", "name", "city", "address", "time_zone")
                .containsEntry("address", null).containsEntry("time_zone", "UTC");
        assertThat(hamburg.items()).extracting(item -> item.get("name")).containsExactly("Arena");
        assertThat(hamburg.body()).containsEntry("total", 2);
        assertThat(api.get("/api/venues?city=Paris").items()).isEmpty();
    }

    @Test
    void anyoneReadsOneVenueAndAnUnknownOneIsA404() {
        Answer created = api.post("/api/venues", venue("Kulturhaus", "Berlin", "Main street 1"), tokens.admin());

        Answer found = api.get(created.location());

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).isEqualTo(Map.of("id", created.body().get("id"), "name", "Kulturhaus",
                "city", "Berlin", "address", "Main street 1", "time_zone", "UTC"));
        api.get("/api/venues/" + UUID.randomUUID()).isProblem(404, "venue.not-found");
    }

    @Test
    void anAdminCreatesAVenueAnswering201WithItsLocation() {
        Answer created = api.post("/api/venues", venue(" Kulturhaus ", "Berlin", " Main street 1 "), tokens.admin());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).containsEntry("name", "Kulturhaus").containsEntry("city", "Berlin")
                .containsEntry("address", "Main street 1");
        assertThat(created.location()).isEqualTo("/api/venues/" + created.body().get("id"));
    }

    @Test
    void aVenueHasAnIanaTimeZoneGivenOnCreateOrChangedLater() {
        Map<String, Object> madrid = venue("Sala", "Madrid", null);
        madrid.put("time_zone", "Europe/Madrid");

        Answer created = api.post("/api/venues", madrid, tokens.admin());
        Answer moved = api.patch(created.location(), Map.of("time_zone", "Atlantic/Canary"), tokens.admin());

        assertThat(created.body()).containsEntry("time_zone", "Europe/Madrid");
        assertThat(moved.body()).containsEntry("time_zone", "Atlantic/Canary").containsEntry("name", "Sala");
        assertThat(api.get(created.location()).body()).containsEntry("time_zone", "Atlantic/Canary");
    }

    @Test
    void anUnknownTimeZoneOrABareOffsetIsA400NamingTimeZone() {
        UUID venue = venue("Kulturhaus", "Berlin");

        for (String zone : new String[] {"Mars/Olympus", "+02:00", "GMT+2", "CEST", ""}) {
            Map<String, Object> body = venue("Hall", "Berlin", null);
            body.put("time_zone", zone);
            assertThat(api.post("/api/venues", body, tokens.admin()).isProblem(400, "validation").fieldsInError())
                    .as(zone).containsExactly("time_zone");
            assertThat(api.patch("/api/venues/" + venue, Map.of("time_zone", zone), tokens.admin())
                    .isProblem(400, "validation").fieldsInError()).as(zone).containsExactly("time_zone");
        }
        assertThat(api.get("/api/venues/" + venue).body()).containsEntry("time_zone", "UTC");
        assertThat(api.count("venues")).isEqualTo(1);
    }

    @Test
    void writingWithoutATokenIs401AndAsAPlainUserIs403() {
        UUID venue = venue("Kulturhaus", "Berlin");
        Map<String, Object> body = venue("Hall", "Berlin", null);

        assertThat(api.post("/api/venues", body, null).status()).isEqualTo(401);
        assertThat(api.post("/api/venues", body, tokens.user()).status()).isEqualTo(403);
        assertThat(api.patch("/api/venues/" + venue, Map.of("name", "Hall"), null).status()).isEqualTo(401);
        assertThat(api.patch("/api/venues/" + venue, Map.of("name", "Hall"), tokens.user()).status()).isEqualTo(403);
        assertThat(api.delete("/api/venues/" + venue, null).status()).isEqualTo(401);
        assertThat(api.delete("/api/venues/" + venue, tokens.user()).status()).isEqualTo(403);
        assertThat(api.count("venues")).isEqualTo(1);
    }

    @Test
    void aTakenNameInTheSameCityIsA409ButAnotherCityIsFine() {
        venue("Kulturhaus", "Berlin");
        UUID hamburg = venue("Kulturhaus", "Hamburg");

        api.post("/api/venues", venue("KULTURHAUS", "berlin", null), tokens.admin()).isProblem(409, "venue.duplicate");
        api.patch("/api/venues/" + hamburg, Map.of("city", "BERLIN"), tokens.admin())
                .isProblem(409, "venue.duplicate");
        assertThat(api.count("venues")).isEqualTo(2);
    }

    @Test
    void badFieldsAreA400NamingEachInSnakeCase() {
        UUID venue = venue("Kulturhaus", "Berlin");

        assertThat(api.post("/api/venues", venue(" ", "c".repeat(101), "a".repeat(301)), tokens.admin())
                .isProblem(400, "validation").fieldsInError()).containsExactly("name", "city", "address");
        assertThat(api.post("/api/venues", Map.of("name", "n".repeat(201)), tokens.admin())
                .isProblem(400, "validation").fieldsInError()).containsExactly("name", "city");
        assertThat(api.patch("/api/venues/" + venue, Map.of("name", "", "city", " "), tokens.admin())
                .isProblem(400, "validation").fieldsInError()).containsExactly("name", "city");
        assertThat(api.post("/api/venues", Map.of("name", "Hall", "city", "Berlin", "seats", 3), tokens.admin())
                .status()).isEqualTo(400);
        assertThat(api.count("venues")).isEqualTo(1);
    }

    @Test
    void anAdminChangesOnlyTheFieldsTheBodyNamesAndABlankAddressRemovesIt() {
        Answer created = api.post("/api/venues", venue("Kulturhaus", "Berlin", "Main street 1"), tokens.admin());
        String path = created.location();

        Answer moved = api.patch(path, Map.of("city", "Potsdam"), tokens.admin());
        Answer cleared = api.patch(path, Map.of("name", "Culture House", "address", ""), tokens.admin());

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body()).containsEntry("name", "Kulturhaus").containsEntry("city", "Potsdam")
                .containsEntry("address", "Main street 1");
        assertThat(cleared.body()).containsEntry("name", "Culture House").containsEntry("city", "Potsdam")
                .containsEntry("address", null);
        assertThat(api.get(path).body()).isEqualTo(cleared.body());
        api.patch("/api/venues/" + UUID.randomUUID(), Map.of("name", "x"), tokens.admin())
                .isProblem(404, "venue.not-found");
    }

    @Test
    void anAdminDeletesAVenueNoEventTakesPlaceAtWith204() {
        UUID venue = venue("Kulturhaus", "Berlin");

        assertThat(api.delete("/api/venues/" + venue, tokens.admin()).status()).isEqualTo(204);
        api.get("/api/venues/" + venue).isProblem(404, "venue.not-found");
        api.delete("/api/venues/" + venue, tokens.admin()).isProblem(404, "venue.not-found");
    }

    @Test
    void aVenueAnEventTakesPlaceAtIsA409AndStays() {
        UUID venue = venue("Kulturhaus", "Berlin");
        api.event(venue, null, null);

        api.delete("/api/venues/" + venue, tokens.admin()).isProblem(409, "venue.in-use");

        assertThat(api.get("/api/venues/" + venue).status()).isEqualTo(200);
    }
}
