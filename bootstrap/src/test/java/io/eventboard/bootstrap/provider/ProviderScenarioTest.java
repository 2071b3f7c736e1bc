package io.eventboard.bootstrap.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventboard.application.booking.book.BookSeat;
import io.eventboard.application.event.sweep.AdvanceEventStatuses;
import io.eventboard.application.provider.sync.SyncEventsFromProvider;
import io.eventboard.application.provider.sync.SyncEventsFromProvider.Command;
import io.eventboard.application.provider.sync.SyncReport;
import io.eventboard.application.provider.sync.SyncSummary;
import io.eventboard.application.rating.rate.RateEvent;
import io.eventboard.application.retention.PurgeExpiredEvents;
import io.eventboard.domain.event.EventId;
import io.eventboard.domain.event.Events;
import io.eventboard.domain.event.ExternalRef;
import io.eventboard.domain.rating.Score;
import io.eventboard.domain.testdata.MutableClock;
import io.eventboard.domain.user.UserId;
import io.eventboard.persistence.testing.DirectSql;
import io.eventboard.persistence.testing.TestDatabase;
import io.eventboard.provider.testing.FeedRecord;
import io.eventboard.provider.testing.FeedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The check of issue #6, end to end over HTTP and PostgreSQL: a provider with 5,000 events over 50 pages, some
 * malformed, one page failing twice before it answers; a second run after some events changed upstream; then
 * retention with a controlled clock. Runs in the build: about 13 s on 2 cores with JaCoCo (20 s when other
 * builds share them), most of it the first run's 4,925 inserts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderScenarioTest implements ProviderServer {

    private static final int EVENTS = 5_000;
    private static final int PAGE = 100;
    private static final Instant FIRST_CHANGE = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant AFTER_ALL_ENDED = Instant.parse("2031-01-01T00:00:00Z");

    private final FeedServer feed = FeedServer.start();
    private final MutableClock clock = MutableClock.startingAt(NOW);

    @Inject
    SyncEventsFromProvider sync;
    @Inject
    Events events;
    @Inject
    BookSeat bookSeat;
    @Inject
    RateEvent rateEvent;
    @Inject
    AdvanceEventStatuses sweep;
    @Inject
    PurgeExpiredEvents purge;

    @Override
    public FeedServer feed() {
        return feed;
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @AfterAll
    void stopFeed() {
        feed.close();
    }

    /**
     * Event {@code i} changed at the first change plus i seconds; every 100th (at 50) is not an event of the
     * contract (a string capacity), every 200th (at 0) has a blank title: 50 malformed and 25 refused records.
     */
    private static FeedRecord record(int i, String title, int capacity, Instant changedAt) {
        if (i % 100 == 50) {
            return FeedRecord.raw("e-" + i, changedAt, "{\"id\":\"e-" + i + "\",\"capacity\":\"ten\","
                    + "\"changed_at\":\"" + changedAt + "\"}");
        }
        return FeedRecord.event("e-" + i).titled(i % 200 == 0 ? " " : title).withCapacity(capacity)
                .startingAt(FeedRecord.DEFAULT_START.plus(Duration.ofMinutes(i))).changedAt(changedAt).build();
    }

    private static boolean valid(int i) {
        return i % 100 != 50 && i % 200 != 0;
    }

    private EventId imported(int i) {
        return events.findByExternalRef(new ExternalRef(PROVIDER, "e-" + i)).orElseThrow().id();
    }

    private static long count(String sql) {
        return DirectSql.number(sql);
    }

    private UserId user(String name) throws Exception {
        UserId id = new UserId(UUID.randomUUID());
        DirectSql.execute("INSERT INTO users (id, username, email, password_hash, role, created_at) "
                + "VALUES (?, ?, ?, '-', 'USER', now())", id.value(), name, name + "@example.org");
        return id;
    }

    @Test
    void fiveThousandEventsTwoRunsAndRetention() throws Exception {
        TestDatabase.cleanDatabase();
        List<FeedRecord> feedRecords = new ArrayList<>();
        for (int i = 1; i <= EVENTS; i++) {
            feedRecords.add(record(i, "Concert " + i, 100, FIRST_CHANGE.plusSeconds(i)));
        }
        feed.pageSize(PAGE).serve(feedRecords).failing(7, 2, 500);

        SyncReport first = sync.sync(Command.sinceCheckpoint()).value();

        assertThat(first.completed()).isTrue();
        assertThat(first.counts()).isEqualTo(new SyncSummary(4_925, 0, 0, 75));
        assertThat(first.counts().records()).isEqualTo(EVENTS);
        assertThat(feed.requests()).hasSize(50 + 2);
        assertThat(feed.requests().stream().filter(query -> query.equals("cursor=page-7"))).hasSize(3);
        assertThat(count("SELECT count(*) FROM events WHERE source_provider = 'acme'")).isEqualTo(4_925);

        // Two attendees of an event that upstream is about to cancel, and of one that will go on.
        UserId ada = user("ada");
        UserId bob = user("bob");
        for (UserId attendee : List.of(ada, bob)) {
            bookSeat.book(new BookSeat.Command(imported(3), attendee));
            bookSeat.book(new BookSeat.Command(imported(4), attendee));
        }

        // Upstream changes 137 valid events between the runs (10 of them cancelled), after the first run's end.
        clock.advance(Duration.ofHours(1));
        Instant secondChange = FIRST_CHANGE.plus(Duration.ofDays(10));
        List<Integer> changed = new ArrayList<>();
        for (int i = 3; changed.size() < 137; i += 36) {
            if (valid(i)) {
                changed.add(i);
                boolean cancel = changed.size() <= 10;
                feedRecords.set(i - 1, FeedRecord.event("e-" + i).titled("Concert " + i + " (moved)")
                        .startingAt(FeedRecord.DEFAULT_START.plus(Duration.ofMinutes(i + 30)))
                        .inStatus(cancel ? "cancelled" : "scheduled").changedAt(secondChange.plusSeconds(i))
                        .build());
            }
        }
        feed.serve(feedRecords);
        int requestsBefore = feed.requests().size();

        SyncReport second = sync.sync(Command.sinceCheckpoint()).value();

        // Asked for changes since the latest change of the first run: the changed events, and the one event
        // whose change was that latest one (e-4999), read again and found unchanged.
        assertThat(second.since()).contains(FIRST_CHANGE.plusSeconds(4_999));
        assertThat(second.counts()).isEqualTo(new SyncSummary(0, 137, 1, 1));
        assertThat(feed.requests().size() - requestsBefore).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM events WHERE source_provider = 'acme'")).isEqualTo(4_925);
        assertThat(count("SELECT count(*) FROM (SELECT source_external_id FROM events GROUP BY 1 "
                + "HAVING count(*) > 1) duplicated")).isZero();
        assertThat(count("SELECT count(*) FROM events WHERE status = 'CANCELLED'")).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM events WHERE title LIKE '%(moved)'")).isEqualTo(137);
        assertThat(count("SELECT count(*) FROM notifications WHERE kind = 'EVENT_CANCELLED'"))
                .as("e-3's two attendees, in their inbox and in the log").isEqualTo(4);
        assertThat(count("SELECT count(*) FROM notifications WHERE kind = 'EVENT_CHANGED'")).as("e-39 has none")
                .isZero();

        SyncReport full = sync.sync(Command.everything()).value();
        assertThat(full.counts()).isEqualTo(new SyncSummary(0, 0, 4_925, 75));

        // Retention with a controlled clock: every event has ended by 2031; the sweep completes them then.
        clock.set(AFTER_ALL_ENDED);
        sweep.sweep(Optional.empty());
        rateEvent.rate(new RateEvent.Command(imported(4), ada, new Score(5), "Great"));
        DirectSql.execute("UPDATE notifications SET status = 'SENT', sent_at = now() WHERE user_id = ?", ada.value());
        long undelivered = count("SELECT count(*) FROM notifications WHERE user_id = ?".replace("?",
                "'" + bob.value() + "'"));

        clock.advance(Duration.ofDays(6));
        assertThat(purge.purge()).as("the ten cancelled in 2026").isEqualTo(10);
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(purge.purge()).isEqualTo(4_915);

        assertThat(count("SELECT count(*) FROM events")).isZero();
        assertThat(count("SELECT count(*) FROM bookings") + count("SELECT count(*) FROM ratings")).isZero();
        assertThat(count("SELECT count(*) FROM notifications WHERE status = 'SENT'")).isZero();
        assertThat(count("SELECT count(*) FROM notifications")).as("bob's, not delivered yet")
                .isEqualTo(undelivered).isPositive();
    }
}
