package io.eventboard.bootstrap.http.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The waitlist through the API: join a sold-out event, move up, get the freed seat booked or offered. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitlistApiTest implements TestServer {

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;
    private String organizer;
    private String ann;
    private String bob;
    private String cid;

    @BeforeEach
    void fourPeople() {
        TestDatabase.cleanDatabase();
        api = new Api(http.toBlocking());
        organizer = api.userToken("organizer");
        ann = api.userToken("ann");
        bob = api.userToken("bob");
        cid = api.userToken("cid");
    }

    private String soldOutEvent(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Sold-out gig", "capacity", 1,
                "starts_at", Instant.now().plus(Duration.ofDays(7)).toString()));
        body.putAll(extra);
        Answer created = api.post("/api/events", body, organizer);
        assertThat(created.status()).isEqualTo(201);
        String event = created.field("id");
        assertThat(api.post(path(event, "/book"), Map.of(), ann).status()).isEqualTo(201);
        return event;
    }

    private static String path(String event, String rest) {
        return "/api/events/" + event + rest;
    }

    private Answer join(String event, String token) {
        return api.post(path(event, "/waitlist"), Map.of(), token);
    }

    private Answer me(String event, String token) {
        return api.get(path(event, "/waitlist/me"), token);
    }

    @Test
    void aCancelledSeatIsBookedForTheFirstInLineWhoHearsAboutIt() {
        String event = soldOutEvent(Map.of());

        Answer first = join(event, bob);
        Answer second = join(event, cid);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body()).containsEntry("event_id", event).containsEntry("position", 1)
                .containsEntry("status", "waiting").containsEntry("offer_expires_at", null)
                .containsKeys("user_id", "joined_at");
        assertThat(second.<Integer>field("position")).isEqualTo(2);

        assertThat(api.post(path(event, "/cancel-booking"), Map.of(), ann).status()).isEqualTo(200);

        assertThat(me(event, bob).<String>field("code")).isEqualTo("waitlist.not-waiting");
        assertThat(me(event, cid).<Integer>field("position")).isEqualTo(1);
        assertThat(api.post(path(event, "/book"), Map.of(), bob).<String>field("code"))
                .isEqualTo("booking.already-booked");
        assertThat(DirectSql.number("SELECT count(*) FROM notifications WHERE kind = 'WAITLIST_PROMOTED' "
                + "AND user_id = ?", UUID.fromString(first.field("user_id")))).isPositive();
        assertThat(api.get(path(event, ""), null).<Integer>field("seats_free")).isZero();
    }

    @Test
    void theLineIsOnlyForSoldOutEventsAndForPeopleWithoutASeatOrAPlace() {
        String event = soldOutEvent(Map.of());
        join(event, bob);
        String open = api.post("/api/events", Map.of("title", "Open", "capacity", 5,
                "starts_at", Instant.now().plus(Duration.ofDays(7)).toString()), organizer).field("id");

        Answer seatsFree = join(open, bob);
        Answer booked = join(event, ann);
        Answer twice = join(event, bob);
        Answer notWaiting = me(event, cid);

        assertThat(seatsFree.status()).isEqualTo(409);
        assertThat(seatsFree.<String>field("code")).isEqualTo("waitlist.seats-available");
        assertThat(booked.<String>field("code")).isEqualTo("booking.already-booked");
        assertThat(twice.<String>field("code")).isEqualTo("waitlist.already-waiting");
        assertThat(notWaiting.status()).isEqualTo(404);
        assertThat(notWaiting.response().getContentType().orElseThrow().toString())
                .startsWith("application/problem+json");
        assertThat(api.delete(path(event, "/waitlist"), cid).status()).isEqualTo(404);
        assertThat(api.post(path(event, "/waitlist"), Map.of(), null).status()).isEqualTo(401);
    }

    @Test
    void theOrganizerReadsTheWholeLineAPageAtATimeAndOthersMayNot() {
        String event = soldOutEvent(Map.of());
        join(event, bob);
        join(event, cid);

        Answer page = api.get(path(event, "/waitlist?page=2&size=1"), organizer);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsEntry("page", 2).containsEntry("size", 1).containsEntry("total", 2);
        List<Map<String, Object>> items = page.field("items");
        assertThat(items).singleElement().satisfies(item -> assertThat(item).containsEntry("position", 2));
        Answer stranger = api.get(path(event, "/waitlist"), bob);
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.<String>field("code")).isEqualTo("waitlist.not-organizer");
    }

    @Test
    void inOfferModeAFreedSeatIsHeldUntilTheFirstInLineAcceptsIt() {
        String event = soldOutEvent(Map.of("waitlist_mode", "offer", "waitlist_offer_hold", "PT2H"));
        assertThat(api.get(path(event, ""), null).body()).containsEntry("waitlist_mode", "offer")
                .containsEntry("waitlist_offer_hold", "PT2H");
        join(event, bob);
        assertThat(api.post(path(event, "/waitlist/accept"), Map.of(), bob).<String>field("code"))
                .isEqualTo("waitlist.no-offer");

        api.post(path(event, "/cancel-booking"), Map.of(), ann);

        Answer offer = me(event, bob);
        assertThat(offer.body()).containsEntry("status", "offered");
        assertThat(Instant.parse(offer.field("offer_expires_at")))
                .isBetween(Instant.now().plus(Duration.ofMinutes(119)), Instant.now().plus(Duration.ofHours(2)));
        assertThat(api.post(path(event, "/book"), Map.of(), cid).<String>field("code")).isEqualTo("booking.sold-out");

        Answer accepted = api.post(path(event, "/waitlist/accept"), Map.of(), bob);

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.body()).containsEntry("status", "active").containsEntry("event_id", event);
        assertThat(api.get(path(event, ""), null).<Integer>field("seats_booked")).isEqualTo(1);
        assertThat(me(event, bob).status()).isEqualTo(404);
    }

    @Test
    void raisingTheCapacityPromotesTheLineAndLeavingTakesYouOut() {
        String event = soldOutEvent(Map.of());
        join(event, bob);
        join(event, cid);
        assertThat(api.delete(path(event, "/waitlist"), cid).status()).isEqualTo(204);

        Answer raised = api.patch(path(event, ""), Map.of("capacity", 3), organizer);

        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.body()).containsEntry("seats_booked", 2).containsEntry("waitlist_mode", "auto")
                .containsEntry("waitlist_offer_hold", "PT12H");
        assertThat(me(event, bob).status()).isEqualTo(404);
        assertThat(api.post(path(event, "/cancel-booking"), Map.of(), bob).status()).isEqualTo(200);
    }

    @Test
    void anUnknownModeOrAMalformedHoldIsRefusedNamingTheField() {
        String event = soldOutEvent(Map.of());

        Answer mode = api.patch(path(event, ""), Map.of("waitlist_mode", "lottery"), organizer);
        Answer hold = api.patch(path(event, ""), Map.of("waitlist_offer_hold", "twelve hours"), organizer);
        Answer tooShort = api.patch(path(event, ""), Map.of("waitlist_offer_hold", "PT10S"), organizer);

        assertThat(mode.status()).isEqualTo(400);
        assertThat(mode.body().toString()).contains("waitlist_mode");
        assertThat(hold.status()).isEqualTo(400);
        assertThat(hold.body().toString()).contains("waitlist_offer_hold");
        assertThat(tooShort.status()).isEqualTo(400);
    }
}
