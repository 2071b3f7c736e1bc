package io.eventboard.bootstrap.http.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.eventboard.bootstrap.TestServer;
import io.eventboard.bootstrap.http.Api;
import io.eventboard.bootstrap.http.Api.Answer;
import io.eventboard.persistence.testing.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Calendar files over HTTP, read back by an independent iCalendar parser. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarApiTest implements TestServer {

    private static final Instant START = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    @Client("/")
    HttpClient http;

    private Api api;
    private String organizer;
    private String ann;

    @BeforeEach
    void people() {
        TestDatabase.cleanDatabase();
        api = new Api(http.toBlocking());
        organizer = api.userToken("organizer");
        ann = api.userToken("ann");
    }

    private String event(String title) {
        return api.post("/api/events", Map.of("title", title, "capacity", 10, "starts_at", START.toString()),
                organizer).field("id");
    }

    private HttpResponse<String> calendar(String path) {
        return http.toBlocking().exchange(HttpRequest.GET(path), String.class);
    }

    private int status(String path) {
        try {
            return calendar(path).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void anEventIsACalendarFileWithItsTimesAndAnAlarmAnHourBefore() {
        String id = event("Kotlin meetup");

        HttpResponse<String> answer = calendar("/api/events/" + id + ".ics");

        assertThat(answer.getContentType().orElseThrow().toString()).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(answer.body()).first();
        VEvent entry = calendar.getEvents().get(0);
        assertThat(entry.getSummary().getValue()).isEqualTo("Kotlin meetup");
        assertThat(entry.getDateStart().getValue()).isEqualTo(Date.from(START));
        assertThat(entry.getDateEnd().getValue()).isEqualTo(Date.from(START.plus(Duration.ofHours(2))));
        assertThat(entry.getAlarms().get(0).getTrigger().getDuration().toMillis())
                .isEqualTo(-Duration.ofHours(1).toMillis());
        assertThat(status("/api/events/" + java.util.UUID.randomUUID() + ".ics")).isEqualTo(404);
    }

    @Test
    void aFeedLinkShowsTheOwnersBookedEventsUntilItIsReplacedOrRevoked() {
        String booked = event("Booked");
        event("Not booked");
        api.post("/api/events/" + booked + "/book", null, ann);
        Answer created = api.post("/api/me/calendar-feed", null, ann);
        String url = created.field("url");

        ICalendar feed = Biweekly.parse(calendar(url).body()).first();
        assertThat(created.status()).isEqualTo(201);
        assertThat(feed.getEvents()).extracting(e -> e.getSummary().getValue()).containsExactly("Booked");

        String replaced = api.post("/api/me/calendar-feed", null, ann).field("url");
        assertThat(status(url)).isEqualTo(404);
        assertThat(status(replaced)).isEqualTo(200);

        assertThat(api.delete("/api/me/calendar-feed", ann).status()).isEqualTo(204);
        assertThat(status(replaced)).isEqualTo(404);
        assertThat(api.delete("/api/me/calendar-feed", ann).status()).isEqualTo(404);
    }

    @Test
    void aCancelledBookedEventStaysInTheFeedMarkedCancelled() {
        String id = event("Called off");
        api.post("/api/events/" + id + "/book", null, ann);
        api.post("/api/events/" + id + "/cancel", null, organizer);
        String url = api.post("/api/me/calendar-feed", null, ann).field("url");

        List<VEvent> entries = Biweekly.parse(calendar(url).body()).first().getEvents();

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getStatus().isCancelled()).isTrue();
        assertThat(entries.get(0).getAlarms()).isEmpty();
    }

    @Test
    void makingAFeedLinkNeedsALogin() {
        assertThat(api.post("/api/me/calendar-feed", null, null).status()).isEqualTo(401);
    }
}
