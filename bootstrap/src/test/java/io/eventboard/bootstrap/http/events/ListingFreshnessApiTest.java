package io.eventboard.bootstrap.http.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.event.sweep.AdvanceEventStatuses;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.domain.testdata.MutableClock;
import io.eventboard.persistence.event.CatalogChanges;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Listings are kept in memory for a while (LISTING_CACHE_REFRESH), here a minute, far longer than the test: every
 * answer below that shows a change proves the write moved the cache on, not that the cache ran out.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingFreshnessApiTest implements TestServer {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final MutableClock clock = MutableClock.startingAt(START);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AdvanceEventStatuses sweep;
    @Inject
    CatalogChanges changes;

    private Api api;
    private String ann;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestServer.super.getProperties();
        properties.put("eventboard.listing-cache.refresh", "PT1M");
        return properties;
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void freshBoard() {
        TestDatabase.cleanDatabase();
        changes.recordAfterCommit(); // the cleanup is plain SQL, which the cache cannot see
        clock.set(START);
        api = new Api(http.toBlocking());
        ann = api.userToken("ann");
    }

    @Test
    void aListingShowsEveryChangeOfItsEventsAsSoonAsTheWriteIsAnswered() {
        assertThat(listed()).isEmpty();

        String id = api.post("/api/events", Map.of("title", "Kotlin meetup", "capacity", 3,
                "starts_at", START.plus(Duration.ofHours(2)).toString()), ann).field("id");
        assertThat(listed()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("id", id).containsEntry("title", "Kotlin meetup").containsEntry("seats_free", 3));

        api.patch("/api/events/" + id, Map.of("title", "Kotlin night"), ann);
        assertThat(listed()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("title", "Kotlin night"));

        api.post("/api/events/" + id + "/book", null, api.userToken("bob"));
        assertThat(listed()).singleElement().satisfies(event -> assertThat(event).containsEntry("seats_free", 2));

        clock.advance(Duration.ofHours(3));
        sweep.sweep(Optional.empty());
        assertThat(listed()).singleElement().satisfies(event -> assertThat(event).containsEntry("status", "ongoing"));
    }

    @Test
    void aFilteredListingCountsAnEventAddedAfterItWasRead() {
        assertThat(api.get("/api/events?q=chess", null).body()).containsEntry("total", 0);

        api.post("/api/events", Map.of("title", "Chess evening", "capacity", 8,
                "starts_at", START.plus(Duration.ofDays(1)).toString()), ann);

        assertThat(api.get("/api/events?q=chess", null).body()).containsEntry("total", 1);
    }

    @Test
    void aCancelledEventShowsCancelledAndADeletedOneIsGone() {
        String kept = api.post("/api/events", Map.of("title", "Jazz", "capacity", 5,
                "starts_at", START.plus(Duration.ofDays(1)).toString()), ann).field("id");
        String dropped = api.post("/api/events", Map.of("title", "Blues", "capacity", 5,
                "starts_at", START.plus(Duration.ofDays(2)).toString()), ann).field("id");
        assertThat(listed()).hasSize(2);

        api.post("/api/events/" + kept + "/cancel", null, ann);
        api.delete("/api/events/" + dropped, ann);

        assertThat(listed()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("id", kept).containsEntry("status", "cancelled"));
    }

    @Test
    void theMetricsSayHowManyListingsWereServedFromMemoryAndHowManyWereRead() {
        listed();
        listed();

        String scrape = http.toBlocking().retrieve(HttpRequest.GET("/prometheus").bearerAuth(api.adminToken("root")));

        assertThat(scrape).containsPattern("eventboard_listings_served_total [1-9]")
                .containsPattern("eventboard_listings_read_total [1-9]").contains("eventboard_listings_held ");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listed() {
        return (List<Map<String, Object>>) api.get("/api/events", null).body().getOrDefault("items", List.of());
    }
}
