package io.eventboard.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventboard.application.provider.status.ProviderCircuit;
import io.eventboard.domain.provider.EventProvider;
import io.eventboard.domain.provider.ExternalEvent;
import io.eventboard.domain.provider.ProviderPage;
import io.eventboard.domain.provider.ProviderUnavailable;
import io.eventboard.provider.testing.FeedRecord;
import io.eventboard.provider.testing.FeedServer;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP adapter against a real local events provider, each test with a fresh breaker. */
class HttpEventProviderTest {

    private static final Instant CHANGED = Instant.parse("2026-03-01T10:00:00Z");

    private final FeedServer feed = FeedServer.start();
    private final ApplicationContext context = ApplicationContext.run(properties(feed.url()));
    private final EventProvider provider = context.getBean(EventProvider.class);
    private final ProviderCircuit circuit = context.getBean(ProviderCircuit.class);

    /** Fast retries (50 ms, then 100, 200), a 1 s timeout and a breaker that half-opens after 2 s. */
    static Map<String, Object> properties(String url) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("eventboard.provider.url", url);
        properties.put("eventboard.provider.name", "acme");
        properties.put("eventboard.provider.timeout", "PT1S");
        properties.put("eventboard.provider.retry-attempts", "3");
        properties.put("eventboard.provider.retry-delay", "PT0.05S");
        properties.put("eventboard.provider.breaker-reset", "PT2S");
        return properties;
    }

    @AfterEach
    void stop() {
        context.close();
        feed.close();
    }

    private static List<FeedRecord> events(int count) {
        List<FeedRecord> records = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            records.add(FeedRecord.event("e-" + i).changedAt(CHANGED.plusSeconds(i)).build());
        }
        return records;
    }

    private ProviderPage first() {
        return provider.fetch(Optional.empty(), Optional.empty());
    }

    @Test
    void a_record_of_the_feed_becomes_the_external_event_it_describes() {
        feed.serve(List.of(FeedRecord.event("e-1").titled("Jazz \"night\"").inVenue("Blue Note", "Berlin", null)
                .startingAt(Instant.parse("2030-01-01T20:00:00Z")).lasting(Duration.ofHours(3)).withCapacity(80)
                .inStatus("cancelled").taggedWith("jazz", "live").changedAt(CHANGED).build()));

        ProviderPage page = first();

        assertThat(provider.name()).isEqualTo("acme");
        assertThat(page.malformed()).isZero();
        assertThat(page.nextCursor()).isEmpty();
        assertThat(page.events()).containsExactly(new ExternalEvent("e-1", "Jazz \"night\"",
                "From the events provider", "Blue Note", "Berlin", null, Instant.parse("2030-01-01T20:00:00Z"),
                Instant.parse("2030-01-01T23:00:00Z"), 80, "cancelled", Set.of("jazz", "live"), CHANGED));
    }

    @Test
    void the_changed_since_instant_and_the_cursor_go_to_the_provider_and_pages_follow_its_cursor() {
        feed.pageSize(2).serve(events(5));

        ProviderPage first = provider.fetch(Optional.of(CHANGED.plusSeconds(2)), Optional.empty());
        ProviderPage second = provider.fetch(Optional.of(CHANGED.plusSeconds(2)), first.nextCursor());

        assertThat(first.events()).extracting(ExternalEvent::externalId).containsExactly("e-2", "e-3");
        assertThat(second.events()).extracting(ExternalEvent::externalId).containsExactly("e-4", "e-5");
        assertThat(second.nextCursor()).isEmpty();
        assertThat(feed.requests()).containsExactly("changed_since=2026-03-01T10:00:02Z",
                "changed_since=2026-03-01T10:00:02Z&cursor=page-2");
    }

    @Test
    void malformed_records_are_counted_and_the_rest_of_the_page_is_read() {
        List<FeedRecord> records = new ArrayList<>(events(2));
        for (String broken : List.of("42",
                "{\"title\":\"no id\",\"capacity\":1,\"changed_at\":\"2026-03-01T10:00:00Z\"}",
                "{\"id\":\"x1\",\"capacity\":\"many\",\"changed_at\":\"2026-03-01T10:00:00Z\"}",
                "{\"id\":\"x2\",\"capacity\":1.5,\"changed_at\":\"2026-03-01T10:00:00Z\"}",
                "{\"id\":\"x3\",\"capacity\":1,\"starts_at\":\"tomorrow\",\"changed_at\":\"2026-03-01T10:00:00Z\"}",
                "{\"id\":\"x4\",\"capacity\":1,\"tags\":\"jazz\",\"changed_at\":\"2026-03-01T10:00:00Z\"}",
                "{\"id\":\"x5\",\"capacity\":1,\"tags\":[1],\"changed_at\":\"2026-03-01T10:00:00Z\"}",
                "{\"id\":\"x6\",\"capacity\":1,\"venue\":\"Hall\",\"changed_at\":\"2026-03-01T10:00:00Z\"}",
                "{\"id\":\"x7\",\"capacity\":1,\"title\":7,\"changed_at\":\"2026-03-01T10:00:00Z\"}",
                "{\"id\":\"x8\",\"capacity\":1}")) {
            records.add(FeedRecord.raw("broken", CHANGED, broken));
        }
        records.add(FeedRecord.raw("n", CHANGED, "{\"id\":77,\"capacity\":5,\"changed_at\":\"2026-03-01T10:00:00Z\"}"));
        feed.serve(records);

        ProviderPage page = first();

        assertThat(page.malformed()).isEqualTo(10);
        assertThat(page.events()).extracting(ExternalEvent::externalId).containsExactly("e-1", "e-2", "77");
        assertThat(page.events().get(2).tags()).as("no tag list at all").isNull();
        assertThat(page.events().get(2).venueName()).isNull();
    }

    @Test
    void a_page_that_fails_twice_is_retried_with_backoff_and_read() {
        feed.serve(events(3)).failing(1, 2, 500);

        ProviderPage page = first();

        assertThat(page.events()).hasSize(3);
        assertThat(feed.requests()).hasSize(3);
        assertThat(circuit.state()).isEqualTo(ProviderCircuit.State.CLOSED);
    }

    @Test
    void an_answer_slower_than_the_timeout_is_given_up_on_and_tried_again() {
        feed.serve(events(1)).slow(1, 1, Duration.ofSeconds(10));

        long started = System.nanoTime();
        ProviderPage page = first();

        assertThat(page.events()).hasSize(1);
        assertThat(feed.requests()).as("the slow answer was not waited for").hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void a_provider_that_keeps_failing_opens_the_breaker_which_says_so_fails_fast_and_closes_after_a_good_trial()
            throws Exception {
        feed.serve(events(1)).failing(1, 4, 503);
        try (LogCapture log = new LogCapture()) {
            assertThatThrownBy(this::first).isInstanceOf(ProviderUnavailable.class)
                    .hasMessageContaining("503").hasMessageContaining("after 3 retries");
            assertThat(feed.requests()).hasSize(4);
            assertThat(circuit.state()).isEqualTo(ProviderCircuit.State.OPEN);
            assertThat(log.lines()).filteredOn(line -> line.contains("retrying")).hasSize(3);
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARN provider circuit breaker OPEN")
                    && line.contains("503"));

            assertThatThrownBy(this::first).isInstanceOf(ProviderUnavailable.class)
                    .hasMessageContaining("circuit breaker is open");
            assertThat(feed.requests()).as("an open breaker does not call").hasSize(4);

            Thread.sleep(2100);
            assertThat(circuit.state()).isEqualTo(ProviderCircuit.State.HALF_OPEN);

            assertThat(first().events()).hasSize(1);
            assertThat(circuit.state()).isEqualTo(ProviderCircuit.State.CLOSED);
            assertThat(log.lines()).anyMatch(line -> line.startsWith("INFO provider circuit breaker CLOSED"));
        }
    }

    @Test
    void a_refusal_of_the_provider_is_neither_retried_nor_held_against_it() {
        feed.serve(events(1)).failing(1, 1, 404);

        assertThatThrownBy(this::first).isInstanceOf(ProviderUnavailable.class)
                .hasMessage("the events provider answered 404 Not Found");

        assertThat(feed.requests()).hasSize(1);
        assertThat(circuit.state()).isEqualTo(ProviderCircuit.State.CLOSED);
        assertThat(first().events()).hasSize(1);
    }

    @Test
    void an_answer_that_is_not_a_feed_page_cannot_be_read() {
        feed.answering(1, 1, 200, "<html>maintenance</html>").answering(2, 1, 200, "{\"events\":[]}")
                .answering(3, 1, 200, "{\"items\":[],\"next_cursor\":5}");

        assertThatThrownBy(this::first).isInstanceOf(ProviderUnavailable.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> provider.fetch(Optional.empty(), Optional.of("page-2")))
                .hasMessageContaining("without an \"items\" array");
        assertThatThrownBy(() -> provider.fetch(Optional.empty(), Optional.of("page-3")))
                .hasMessageContaining("next_cursor");
    }

    @Test
    void a_provider_that_cannot_be_reached_is_unavailable() {
        feed.close();

        assertThatThrownBy(this::first).isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("could not be reached");
    }
}
